package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import tr.destek.audit.AuditTrail;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.platform.Provinces;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * The staff side of an application (MADDE 9): assignment to a responsible staff member of
 * the province unit, the Başvuru Kontrol Tablosu, the staff member's proposal, the unit
 * manager's approval, corrections that expire, and the 7-day control SLA.
 * <p>
 * Access: staff act only on files of their own province unit — any other file is "not
 * found" (404). Within the unit every responsible staff member and the unit manager may
 * READ a file (colleagues stand in for each other); only the assigned responsible staff
 * member fills the table and proposes, only the unit manager approves, returns, assigns
 * and reassigns — others get 403.
 */
@Service
public class ApplicationControlService {

	static final String ENTITY = "KosgebApplication";

	static final String DOCUMENT_OWNER = "KosgebApplication";

	/** Where the applicant sees the application (applicant side). */
	static final String APPLICANT_LINK = "/kosgeb/application";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final KosgebApplicationRepository applications;

	private final ControlCheckRepository checks;

	private final StaffAssignment assignment;

	private final UserAccountService users;

	private final EnterpriseService enterprises;

	private final DocumentStore documents;

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final ControlSla sla;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Provinces provinces;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ApplicationControlService(KosgebApplicationRepository applications, ControlCheckRepository checks,
			StaffAssignment assignment, UserAccountService users, EnterpriseService enterprises,
			DocumentStore documents, DeadlineCalendar calendar, ProgrammeParameters parameters, ControlSla sla,
			Notifier notifier, AuditTrail audit, MessageSource messages, Provinces provinces, JdbcTemplate jdbc,
			Clock clock) {
		this.applications = applications;
		this.checks = checks;
		this.assignment = assignment;
		this.users = users;
		this.enterprises = enterprises;
		this.documents = documents;
		this.calendar = calendar;
		this.parameters = parameters;
		this.sla = sla;
		this.notifier = notifier;
		this.audit = audit;
		this.messages = messages;
		this.provinces = provinces;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// --- assignment (MADDE 9(1)) ---

	/**
	 * A submitted application goes to a responsible staff member of its province unit
	 * ({@link StaffAssignment}); the 7-day control period runs from the submission day
	 * (MADDE 9(1), counted by MADDE 18(13)). With no responsible staff in the unit the
	 * file stays SUBMITTED and the unit managers are told, to assign it by hand. Runs at
	 * the end of the submission's transaction, just before it commits: a file is never
	 * submitted without its assignment, and a caller that assigns the file itself in the
	 * same transaction (the demo data) is left alone.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(ApplicationSubmitted event) {
		KosgebApplication application = this.applications.findById(event.applicationId()).orElse(null);
		if (application == null || application.getStatus() != ApplicationStatus.SUBMITTED
				|| application.getAssignedStaffId() != null) {
			return;
		}
		String before = application.describe();
		Instant now = Instant.now(this.clock);
		Instant due = controlDue(application);
		UserAccount staff = this.assignment.next(application.getProvinceCode()).orElse(null);
		String title = enterpriseTitle(application);
		if (staff == null) {
			application.awaitAssignment(due);
			this.audit.recordAs(AuditTrail.SYSTEM, "KOSGEB_AWAITING_ASSIGNMENT", ENTITY, application.getId(),
					"No responsible staff in province unit " + application.getProvinceCode()
							+ "; waiting for the unit manager (MADDE 9(1))",
					before, application.describe());
			for (UserAccount manager : managersOf(application.getProvinceCode())) {
				this.notifier.notifyUser(manager.getId(), "kosgeb-control.notify.unassigned", new Object[] {
						application.getReference(), title, provinceName(application.getProvinceCode()), format(due) },
						link(application));
			}
			return;
		}
		application.assignTo(staff.getId(), now, due);
		this.audit.recordAs(AuditTrail.SYSTEM, "KOSGEB_ASSIGNED", ENTITY, application.getId(),
				"Assigned to " + staff.getEmail() + " by round-robin (MADDE 9(1))", before, application.describe());
		this.notifier.notifyUser(staff.getId(), "kosgeb-control.notify.assigned",
				new Object[] { application.getReference(), title, format(due) }, link(application));
	}

	/**
	 * The corrected application is back: its staff member is told (MADDE 9(3)), just
	 * before the resubmission's transaction commits.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(ApplicationResubmitted event) {
		KosgebApplication application = this.applications.findById(event.applicationId()).orElse(null);
		if (application == null) {
			return;
		}
		Long staffId = (event.assignedStaffId() != null) ? event.assignedStaffId() : application.getAssignedStaffId();
		if (staffId != null) {
			this.notifier
				.notifyUser(
						staffId, "kosgeb-control.notify.resubmitted", new Object[] { application.getReference(),
								enterpriseTitle(application), format(application.getControlDueAt()) },
						link(application));
		}
		else {
			for (UserAccount manager : managersOf(application.getProvinceCode())) {
				this.notifier.notifyUser(
						manager.getId(), "kosgeb-control.notify.resubmitted", new Object[] { application.getReference(),
								enterpriseTitle(application), format(application.getControlDueAt()) },
						link(application));
			}
		}
	}

	/** The unit manager gives an unassigned file to a responsible staff member. */
	@Transactional
	public void assign(DestekUser manager, Long applicationId, long expectedVersion, Long staffId) {
		KosgebApplication application = forManager(manager, applicationId, expectedVersion);
		UserAccount staff = requireUnitStaff(application.getProvinceCode(), staffId);
		String before = application.describe();
		Instant now = Instant.now(this.clock);
		Instant due = (application.getControlDueAt() != null) ? application.getControlDueAt() : controlDue(application);
		application.assignTo(staff.getId(), now, due);
		this.audit.record("KOSGEB_ASSIGNED", ENTITY, application.getId(),
				"Assigned to " + staff.getEmail() + " by the unit manager (MADDE 9(1))", before,
				application.describe());
		this.notifier.notifyUser(staff.getId(), "kosgeb-control.notify.assigned",
				new Object[] { application.getReference(), enterpriseTitle(application), format(due) },
				link(application));
	}

	/**
	 * The unit manager hands a file to another responsible staff member of the same unit;
	 * both are told.
	 */
	@Transactional
	public void reassign(DestekUser manager, Long applicationId, long expectedVersion, Long staffId) {
		KosgebApplication application = forManager(manager, applicationId, expectedVersion);
		UserAccount staff = requireUnitStaff(application.getProvinceCode(), staffId);
		Long previous = application.getAssignedStaffId();
		if (Objects.equals(previous, staff.getId())) {
			throw new ControlRefusedException("kosgeb-control.refused.same-staff");
		}
		String before = application.describe();
		application.reassignTo(staff.getId(), Instant.now(this.clock));
		this.audit.record("KOSGEB_REASSIGNED", ENTITY, application.getId(),
				"Reassigned from staff " + previous + " to " + staff.getEmail(), before, application.describe());
		String title = enterpriseTitle(application);
		this.notifier.notifyUser(staff.getId(), "kosgeb-control.notify.reassigned-to",
				new Object[] { application.getReference(), title }, link(application));
		if (previous != null) {
			this.notifier.notifyUser(previous, "kosgeb-control.notify.reassigned-from",
					new Object[] { application.getReference(), title, staff.getFullName() }, link(application));
		}
	}

	// --- the Başvuru Kontrol Tablosu and the proposal (MADDE 9(1),(2)) ---

	/**
	 * Saves the answers the staff member gave so far (partial saves allowed): an item
	 * with a result is stored, an item without one is (again) unanswered.
	 */
	@Transactional
	public void saveChecks(DestekUser staff, Long applicationId, Map<String, Answer> answers) {
		KosgebApplication application = forAssignedStaff(staff, applicationId, null);
		Map<String, ControlCheck> saved = this.checks.findByApplicationIdOrderById(applicationId)
			.stream()
			.collect(Collectors.toMap(ControlCheck::getItemCode, Function.identity()));
		String before = describe(saved.values());
		Instant now = Instant.now(this.clock);
		for (Map.Entry<String, Answer> entry : answers.entrySet()) {
			if (ControlChecklist.item(entry.getKey()).isEmpty()) {
				throw new IllegalArgumentException("unknown checklist item " + entry.getKey());
			}
			Answer answer = entry.getValue();
			ControlCheck check = saved.get(entry.getKey());
			if (answer == null || answer.result() == null) {
				if (check != null) {
					this.checks.delete(check);
					saved.remove(entry.getKey());
				}
				continue;
			}
			if (check == null) {
				check = new ControlCheck(application.getId(), entry.getKey());
				saved.put(entry.getKey(), check);
			}
			check.answer(answer.result(), answer.note(), staff.getUsername(), now);
			this.checks.save(check);
		}
		this.audit.record("KOSGEB_CONTROL_CHECKS_SAVED", ENTITY, application.getId(),
				"Başvuru Kontrol Tablosu saved (MADDE 9(1))", before, describe(saved.values()));
	}

	/**
	 * The staff member's result goes to the unit manager (MADDE 9(2)). Approving for the
	 * board needs every item of the table answered and none "does not conform".
	 */
	@Transactional
	public void propose(DestekUser staff, Long applicationId, long expectedVersion, ControlProposal proposal,
			String note, Set<ApplicationPart> parts) {
		KosgebApplication application = forAssignedStaff(staff, applicationId, expectedVersion);
		if (proposal == ControlProposal.APPROVE_FOR_BOARD) {
			Map<String, CheckResult> results = this.checks.findByApplicationIdOrderById(applicationId)
				.stream()
				.collect(Collectors.toMap(ControlCheck::getItemCode, ControlCheck::getResult));
			long unanswered = ControlChecklist.items().stream().filter(i -> !results.containsKey(i.code())).count();
			if (unanswered > 0) {
				throw new ControlRefusedException("kosgeb-control.refused.unanswered", unanswered);
			}
			if (results.containsValue(CheckResult.DOES_NOT_CONFORM)) {
				throw new ControlRefusedException("kosgeb-control.refused.non-conforming");
			}
		}
		String before = application.describe();
		Set<ApplicationPart> toFix = (proposal == ControlProposal.REQUEST_CORRECTION && parts != null)
				? EnumSet.copyOf(parts.isEmpty() ? EnumSet.noneOf(ApplicationPart.class) : parts) : Set.of();
		application.propose(proposal, blankToNull(note), toFix, staff.getUsername(), Instant.now(this.clock));
		this.audit.record("KOSGEB_CONTROL_PROPOSED", ENTITY, application.getId(),
				"Proposal " + proposal + " sent to the unit manager (MADDE 9(2))", before, application.describe());
		for (UserAccount manager : managersOf(application.getProvinceCode())) {
			this.notifier.notifyUser(
					manager.getId(), "kosgeb-control.notify.proposal", new Object[] { application.getReference(),
							enterpriseTitle(application), text(proposal.messageKey()), staff.getFullName() },
					link(application));
		}
	}

	/**
	 * The unit manager approves the proposal (MADDE 9(2)): to the board, rejected (the
	 * applicant is told the reasons), or open for correction for 7 days — the deadline
	 * counted by MADDE 18(13) from today, ending 23:59 (MADDE 9(3)).
	 */
	@Transactional
	public void approve(DestekUser manager, Long applicationId, long expectedVersion) {
		KosgebApplication application = forManager(manager, applicationId, expectedVersion);
		if (application.getStatus() != ApplicationStatus.CONTROL_APPROVAL) {
			throw new IllegalTransitionException(application.getStatus(), "approve the control result of");
		}
		if (manager.getUsername().equals(application.getProposalBy())) {
			// MADDE 9(2): the proposal and its approval are two people's acts
			throw new ControlRefusedException("kosgeb-control.refused.own-proposal");
		}
		String before = application.describe();
		Instant now = Instant.now(this.clock);
		LocalDate today = now.atZone(DestekTime.ZONE).toLocalDate();
		Instant correctionDeadline = null;
		if (application.getProposal() == ControlProposal.REQUEST_CORRECTION) {
			int days = this.parameters.integer(ParameterScope.KOSGEB_DT, "correction.window-days", today);
			correctionDeadline = this.calendar.deadline(today, days, PeriodUnit.DAYS, Delivery.ELECTRONIC).endInstant();
		}
		application.approveProposal(manager.getUsername(), now, correctionDeadline);
		this.audit.record(
				"KOSGEB_CONTROL_APPROVED", ENTITY, application.getId(), "Unit manager approved proposal "
						+ application.getProposal() + " -> " + application.getStatus() + " (MADDE 9(2),(3))",
				before, application.describe());
		String reference = application.getReference();
		switch (application.getStatus()) {
			case READY_FOR_BOARD -> this.notifier.notifyEnterprise(application.getEnterpriseId(),
					"kosgeb-control.notify.applicant.ready", new Object[] { reference }, APPLICANT_LINK);
			case REJECTED -> this.notifier.notifyEnterprise(application.getEnterpriseId(),
					"kosgeb-control.notify.applicant.rejected",
					new Object[] { reference, application.getRejectionReason() }, APPLICANT_LINK);
			case CORRECTION_REQUESTED -> this.notifier.notifyEnterprise(application.getEnterpriseId(),
					"kosgeb-control.notify.applicant.correction",
					new Object[] { reference, partsText(application.openParts()), application.getProposalNote(),
							format(correctionDeadline) },
					APPLICANT_LINK);
			default -> throw new IllegalStateException("unexpected status " + application.getStatus());
		}
		if (application.getAssignedStaffId() != null) {
			this.notifier.notifyUser(application.getAssignedStaffId(), "kosgeb-control.notify.decided",
					new Object[] { reference, text(application.getStatus().messageKey()) }, link(application));
		}
	}

	/** The unit manager sends the proposal back to the staff member with a note. */
	@Transactional
	public void returnToExpert(DestekUser manager, Long applicationId, long expectedVersion, String note) {
		KosgebApplication application = forManager(manager, applicationId, expectedVersion);
		if (note == null || note.isBlank()) {
			throw new ControlRefusedException("kosgeb-control.refused.note-required");
		}
		String before = application.describe();
		application.returnProposal(manager.getUsername(), note.trim(), Instant.now(this.clock));
		this.audit.record("KOSGEB_CONTROL_RETURNED", ENTITY, application.getId(),
				"Proposal returned to the responsible staff: " + note.trim(), before, application.describe());
		if (application.getAssignedStaffId() != null) {
			this.notifier.notifyUser(application.getAssignedStaffId(), "kosgeb-control.notify.returned",
					new Object[] { application.getReference(), note.trim() }, link(application));
		}
	}

	// --- scheduled work ---

	/**
	 * Rejects one application whose correction deadline has passed (MADDE 9(3)), in its
	 * own transaction; the enterprise is told why. Does nothing when it is no longer due
	 * (corrected meanwhile, or already rejected).
	 * @return whether it was rejected now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean expireCorrection(Long applicationId) {
		KosgebApplication application = this.applications.findById(applicationId).orElse(null);
		if (application == null) {
			return false;
		}
		String before = application.describe();
		Instant now = Instant.now(this.clock);
		String reason = this.messages.getMessage("kosgeb-control.expired.reason", null, Locale.forLanguageTag("tr"));
		if (!application.expireCorrection(now, reason)) {
			return false;
		}
		this.audit.recordAs(
				AuditTrail.SYSTEM, "KOSGEB_CORRECTION_EXPIRED", ENTITY, application.getId(), "Correction not made by "
						+ format(application.getCorrectionDeadline()) + ": deemed rejected (MADDE 9(3))",
				before, application.describe());
		this.notifier.notifyEnterprise(application.getEnterpriseId(), "kosgeb-control.notify.applicant.expired",
				new Object[] { application.getReference(), format(application.getCorrectionDeadline()) },
				APPLICANT_LINK);
		if (application.getAssignedStaffId() != null) {
			this.notifier.notifyUser(application.getAssignedStaffId(), "kosgeb-control.notify.expired",
					new Object[] { application.getReference() }, link(application));
		}
		return true;
	}

	/** Ids of the applications whose correction deadline has passed. */
	@Transactional(readOnly = true)
	public List<Long> expiredCorrections() {
		return this.applications.findExpiredCorrections(Instant.now(this.clock));
	}

	/** Ids of files whose control period is overdue and whose unit was not told yet. */
	@Transactional(readOnly = true)
	public List<Long> overdueNotEscalated() {
		return this.jdbc.queryForList("""
				select a.id from kosgeb_application a
				where a.status in ('SUBMITTED', 'IN_CONTROL') and a.control_due_at < ?
				  and not exists (select 1 from kosgeb_control_escalation x
				                  where x.application_id = a.id and x.due_at = a.control_due_at)
				order by a.control_due_at, a.id
				""", Long.class, java.sql.Timestamp.from(Instant.now(this.clock)));
	}

	/**
	 * Tells the unit managers once that a file's control period is over (MADDE 9(1)); the
	 * file stays workable — a standard processing time never blocks (MADDE 18(15)).
	 * @return whether the managers were told now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean escalateOverdue(Long applicationId) {
		KosgebApplication application = this.applications.findById(applicationId).orElse(null);
		Instant now = Instant.now(this.clock);
		if (application == null || !ControlSla.runsIn(application.getStatus()) || application.getControlDueAt() == null
				|| !now.isAfter(application.getControlDueAt())) {
			return false;
		}
		int inserted = this.jdbc.update("""
				insert into kosgeb_control_escalation (application_id, due_at, escalated_at) values (?, ?, ?)
				on conflict do nothing
				""", applicationId, java.sql.Timestamp.from(application.getControlDueAt()),
				java.sql.Timestamp.from(now));
		if (inserted == 0) {
			return false;
		}
		String staffName = (application.getAssignedStaffId() != null)
				? this.users.find(application.getAssignedStaffId()).map(UserAccount::getFullName).orElse("—") : "—";
		this.audit.recordAs(
				AuditTrail.SYSTEM, "KOSGEB_CONTROL_OVERDUE", ENTITY, application.getId(), "Control period ended "
						+ format(application.getControlDueAt()) + "; unit manager notified (MADDE 9(1), 18(15))",
				null, null);
		for (UserAccount manager : managersOf(application.getProvinceCode())) {
			this.notifier.notifyUser(
					manager.getId(), "kosgeb-control.notify.overdue", new Object[] { application.getReference(),
							enterpriseTitle(application), staffName, format(application.getControlDueAt()) },
					link(application));
		}
		return true;
	}

	// --- reading ---

	/** The control page of one application, as {@code viewer} may see it. */
	@Transactional(readOnly = true)
	public ControlDetail detail(DestekUser viewer, Long applicationId) {
		KosgebApplication application = visible(viewer, applicationId);
		Enterprise enterprise = this.enterprises.find(application.getEnterpriseId())
			.orElseThrow(NotFoundException::new);
		List<ExpenseItem> items = application.getExpenseItems();
		List<DocumentRef> docs = this.documents.list(DOCUMENT_OWNER, String.valueOf(application.getId()));
		tr.destek.kosgeb.eligibility.EligibilityReport eligibility = (application.getEligibilitySnapshot() != null)
				? EligibilitySnapshot.read(application.getEligibilitySnapshot()) : null;
		Map<String, ControlCheck> saved = new LinkedHashMap<>();
		this.checks.findByApplicationIdOrderById(applicationId).forEach(c -> saved.put(c.getItemCode(), c));
		List<ControlDetail.ChecklistLine> lines = new ArrayList<>();
		for (ControlChecklist.Item item : ControlChecklist.items()) {
			ControlCheck check = saved.get(item.code());
			lines.add(new ControlDetail.ChecklistLine(item,
					(item.source() == ControlChecklist.Source.ELIGIBILITY_RULE) && eligibility != null
							? eligibility.results()
								.stream()
								.filter(r -> r.ruleId().equals(item.code()))
								.findFirst()
								.orElse(null)
							: null,
					(item.source() == ControlChecklist.Source.DOCUMENT)
							? docs.stream().filter(d -> item.documentCategory().equals(d.category())).toList()
							: List.of(),
					(check != null) ? check.getResult() : null, (check != null) ? check.getNote() : null,
					(check != null) ? check.getCheckedBy() : null));
		}
		UserAccount assigned = (application.getAssignedStaffId() != null)
				? this.users.find(application.getAssignedStaffId()).orElse(null) : null;
		boolean manager = viewer.hasRole(Role.UNIT_MANAGER);
		boolean assignedToViewer = viewer.hasRole(Role.RESPONSIBLE_STAFF)
				&& viewer.getId().equals(application.getAssignedStaffId());
		ApplicationStatus status = application.getStatus();
		ControlDetail.Permissions permissions = new ControlDetail.Permissions(
				assignedToViewer && status == ApplicationStatus.IN_CONTROL,
				assignedToViewer && status == ApplicationStatus.IN_CONTROL,
				manager && status == ApplicationStatus.CONTROL_APPROVAL,
				manager && application.getAssignedStaffId() != null
						&& (status == ApplicationStatus.IN_CONTROL || status == ApplicationStatus.CONTROL_APPROVAL
								|| status == ApplicationStatus.CORRECTION_REQUESTED),
				manager && status == ApplicationStatus.SUBMITTED && application.getAssignedStaffId() == null);
		List<UserAccount> unitStaff = manager
				? this.users.staffOfProvince(Role.RESPONSIBLE_STAFF, application.getProvinceCode()) : List.of();
		return new ControlDetail(application, enterprise, items, application.requestedAmount(), docs, eligibility,
				lines, this.sla.window().status(status, application.getControlDueAt()), assigned, unitStaff,
				this.audit.history(ENTITY, application.getId()), permissions);
	}

	// --- access ---

	/** Staff of another province unit do not learn that the file exists (404). */
	private KosgebApplication visible(DestekUser viewer, Long applicationId) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		if (!viewer.hasAnyRole(Role.PROVINCE_UNIT_ROLES) || viewer.getProvinceCode() == null
				|| !viewer.getProvinceCode().equals(application.getProvinceCode())
				|| application.getStatus() == ApplicationStatus.DRAFT) {
			throw new NotFoundException();
		}
		return application;
	}

	private KosgebApplication forAssignedStaff(DestekUser staff, Long applicationId, Long expectedVersion) {
		KosgebApplication application = visible(staff, applicationId);
		if (!staff.hasRole(Role.RESPONSIBLE_STAFF) || !staff.getId().equals(application.getAssignedStaffId())) {
			throw new AccessDeniedException("only the assigned responsible staff member controls this file");
		}
		checkVersion(application, expectedVersion);
		return application;
	}

	private KosgebApplication forManager(DestekUser manager, Long applicationId, long expectedVersion) {
		KosgebApplication application = visible(manager, applicationId);
		if (!manager.hasRole(Role.UNIT_MANAGER)) {
			throw new AccessDeniedException("only the unit manager may do this");
		}
		checkVersion(application, expectedVersion);
		return application;
	}

	/** Someone acted on the file since the form was shown: the later one loses. */
	private static void checkVersion(KosgebApplication application, Long expectedVersion) {
		if (expectedVersion != null && application.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"application " + application.getId() + " was changed by someone else");
		}
	}

	private UserAccount requireUnitStaff(Short provinceCode, Long staffId) {
		return this.users.staffOfProvince(Role.RESPONSIBLE_STAFF, provinceCode)
			.stream()
			.filter(u -> u.getId().equals(staffId))
			.findFirst()
			.orElseThrow(() -> new ControlRefusedException("kosgeb-control.refused.not-unit-staff"));
	}

	// --- helpers ---

	private Instant controlDue(KosgebApplication application) {
		LocalDate submitted = (application.getSubmittedAt() != null)
				? application.getSubmittedAt().atZone(DestekTime.ZONE).toLocalDate()
				: LocalDate.now(this.clock.withZone(DestekTime.ZONE));
		LocalDate asOf = (application.getApplicationDate() != null) ? application.getApplicationDate() : submitted;
		int days = this.parameters.integer(ParameterScope.KOSGEB_DT, "control.staff-days", asOf);
		return this.calendar.deadline(submitted, days, PeriodUnit.DAYS, Delivery.ELECTRONIC).endInstant();
	}

	private List<UserAccount> managersOf(Short provinceCode) {
		return this.users.staffOfProvince(Role.UNIT_MANAGER, provinceCode);
	}

	private String enterpriseTitle(KosgebApplication application) {
		return this.enterprises.find(application.getEnterpriseId()).map(Enterprise::getTitle).orElse("—");
	}

	private String provinceName(Short code) {
		return this.provinces.find(code).map(Provinces.Province::name).orElse(String.valueOf(code));
	}

	/** Notification arguments are plain text: parts in Turkish, the unit's language. */
	private String partsText(Set<ApplicationPart> parts) {
		return parts.stream().map(p -> text(p.messageKey())).collect(Collectors.joining(", "));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.forLanguageTag("tr"));
	}

	private static String link(KosgebApplication application) {
		return "/kosgeb/control/" + application.getId();
	}

	static String format(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(DestekTime.ZONE)) : "—";
	}

	private static String describe(java.util.Collection<ControlCheck> checks) {
		return checks.stream()
			.sorted(java.util.Comparator.comparing(ControlCheck::getItemCode))
			.map(ControlCheck::describe)
			.collect(Collectors.joining("; "));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/** One answer of the table: a result (or {@code null} for unanswered) and a note. */
	public record Answer(CheckResult result, String note) {
	}

}
