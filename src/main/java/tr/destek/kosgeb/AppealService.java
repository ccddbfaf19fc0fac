package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.calendar.SlaTimer;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * Appeals against the board's rejection (İtiraz, MADDE 13):
 * <ul>
 * <li>13(1): the applicant appeals once, within {@code appeal.window-days} (15) days of
 * the notification of the rejection, with reasons and documents (İtiraz Formu
 * FRM.34.00.06); a late, second or final-decision appeal is refused with the reason;</li>
 * <li>13(2): the unit of the application's province adds its opinion and forwards it;
 * {@code appeal.forwarding-days} (15) days is an SLA that warns and never blocks (MADDE
 * 18(15));</li>
 * <li>13(8)-(11): the appeal commission (board module) decides within
 * {@code appeal.commission-decision-months} (1) month of forwarding (an SLA); accepted →
 * the board evaluates again, rejected → final; a second board rejection is final
 * too.</li>
 * </ul>
 * Every change is audited on the application in the same transaction.
 */
@Service
public class AppealService {

	/** The document owner type of appeal documents. */
	public static final String DOCUMENTS = "KosgebAppeal";

	/** The document category of the appeal's supporting documents. */
	public static final String CATEGORY = "APPEAL";

	/** The shortest reasons accepted (MADDE 13(1): a reasoned appeal). */
	public static final int MIN_REASONS = 30;

	static final String WINDOW_DAYS = "appeal.window-days";

	static final String FORWARDING_DAYS = "appeal.forwarding-days";

	static final String DECISION_MONTHS = "appeal.commission-decision-months";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final AppealRepository appeals;

	private final KosgebApplicationRepository applications;

	private final DocumentStore documents;

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final Notifier notifier;

	private final UserAccountService users;

	private final AuditTrail audit;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	AppealService(AppealRepository appeals, KosgebApplicationRepository applications, DocumentStore documents,
			DeadlineCalendar calendar, ProgrammeParameters parameters, Notifier notifier, UserAccountService users,
			AuditTrail audit, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.appeals = appeals;
		this.applications = applications;
		this.documents = documents;
		this.calendar = calendar;
		this.parameters = parameters;
		this.notifier = notifier;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	// --- applicant (MADDE 13(1)) ---

	/**
	 * Why the applicant cannot appeal now, or empty when he can: the message key and its
	 * arguments cite MADDE 13(1) or 13(10)(b).
	 */
	@Transactional(readOnly = true)
	public Optional<AppealRefusedException> refusal(KosgebApplication application) {
		if (application.isFinallyRejected()) {
			return Optional.of(new AppealRefusedException("appeal.refused.final"));
		}
		if (this.appeals.findByApplicationId(application.getId()).isPresent()) {
			return Optional.of(new AppealRefusedException("appeal.refused.second"));
		}
		if (application.getStatus() != ApplicationStatus.BOARD_REJECTED) {
			return Optional.of(new AppealRefusedException("appeal.refused.not-rejected"));
		}
		if (!application.isAppealableOn(today())) {
			return Optional.of(new AppealRefusedException("appeal.refused.late",
					application.getAppealLastDay() == null ? "-" : DATE.format(application.getAppealLastDay())));
		}
		return Optional.empty();
	}

	/**
	 * The applicant sends the İtiraz Formu (FRM.34.00.06) with its reasons and documents
	 * (MADDE 13(1)); the unit is told and the forwarding SLA starts (MADDE 13(2)).
	 * @throws AppealRefusedException when late, a second appeal, final, or the reasons
	 * are too short
	 * @throws tr.destek.document.DocumentRejectedException when a file is refused
	 * (nothing is stored then)
	 */
	@Transactional
	public Appeal submit(DestekUser applicant, long expectedVersion, String reasons, List<MultipartFile> files) {
		// once (MADDE 13(1)): the application row is locked before it is read, so
		// a second appeal sent at the same instant waits, then finds it changed
		requireApplicant(applicant);
		KosgebApplication application = this.applications.lockByEnterpriseId(applicant.getEnterpriseId())
			.orElseThrow(NotFoundException::new);
		application.getExpenseItems();
		if (application.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("application " + application.getId() + " changed meanwhile");
		}
		Optional<AppealRefusedException> refused = refusal(application);
		if (refused.isPresent()) {
			throw refused.get();
		}
		String clean = reasons == null ? "" : reasons.strip();
		if (clean.length() < MIN_REASONS) {
			throw new AppealRefusedException("appeal.error.reasons", MIN_REASONS);
		}
		Instant now = Instant.now(this.clock);
		LocalDate today = today();
		Instant forwardingDue = this.calendar
			.deadline(today, integer(FORWARDING_DAYS, today), PeriodUnit.DAYS, Delivery.ELECTRONIC)
			.endInstant();
		String before = application.describe();
		application.appeal();
		Appeal appeal = this.appeals.saveAndFlush(new Appeal(application, clean, rejectionRegistry(application), now,
				applicant.getUsername(), forwardingDue));
		this.applications.saveAndFlush(application);
		if (files != null) {
			for (MultipartFile file : files) {
				if (file != null && !file.isEmpty()) {
					this.documents.store(application.getEnterpriseId(), DOCUMENTS, String.valueOf(appeal.getId()),
							CATEGORY, file);
				}
			}
		}
		this.audit.record("APPEAL_SUBMITTED", KosgebApplicationService.ENTITY, application.getId(),
				"İtiraz Formu FRM.34.00.06 sent against " + appeal.getRejectionRegistry() + " (MADDE 13(1))", before,
				application.describe() + "; " + appeal.describe());
		this.notifier.notifyEnterprise(application.getEnterpriseId(), "appeal.notification.received",
				new Object[] { application.getReference(), formatDue(forwardingDue) }, "/kosgeb/application/appeal");
		for (UserAccount staff : unitStaff(application)) {
			this.notifier.notifyUser(staff.getId(), "appeal.notification.new",
					new Object[] { application.getReference(), formatDue(forwardingDue) },
					"/kosgeb/control/appeals/" + appeal.getId());
		}
		return appeal;
	}

	/** The applicant's own appeal, if any. */
	@Transactional(readOnly = true)
	public Optional<Appeal> ownAppeal(DestekUser applicant) {
		return this.appeals.findByApplicationId(own(applicant).getId());
	}

	/** The application of the applicant's enterprise; 404 for anyone else. */
	@Transactional(readOnly = true)
	public KosgebApplication own(DestekUser applicant) {
		requireApplicant(applicant);
		KosgebApplication application = this.applications.findByEnterpriseId(applicant.getEnterpriseId())
			.orElseThrow(NotFoundException::new);
		application.getExpenseItems();
		return application;
	}

	private static void requireApplicant(DestekUser applicant) {
		if (applicant == null || !applicant.hasRole(Role.APPLICANT) || applicant.getEnterpriseId() == null) {
			throw new NotFoundException();
		}
	}

	/** The documents of an appeal, newest first, without their bytes. */
	@Transactional(readOnly = true)
	public List<DocumentRef> documents(Long appealId) {
		return this.documents.list(DOCUMENTS, String.valueOf(appealId));
	}

	/** One document of the appeal, or 404. */
	@Transactional(readOnly = true)
	public DocumentRef document(Appeal appeal, Long documentId) {
		return this.documents.find(documentId)
			.filter(d -> DOCUMENTS.equals(d.ownerType()) && String.valueOf(appeal.getId()).equals(d.ownerId()))
			.orElseThrow(NotFoundException::new);
	}

	// --- unit (MADDE 13(2)) ---

	/**
	 * The appeals of the staff member's province unit waiting for an opinion or already
	 * forwarded and undecided, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Appeal> unitQueue(DestekUser staff) {
		if (!isUnitStaff(staff)) {
			throw new NotFoundException();
		}
		return this.appeals.findForUnit(staff.getProvinceCode(),
				EnumSet.of(AppealStatus.SUBMITTED, AppealStatus.FORWARDED, AppealStatus.ON_AGENDA));
	}

	/**
	 * An appeal for the responsible staff and unit managers of the application's
	 * province; 404 for anyone else.
	 */
	@Transactional(readOnly = true)
	public Appeal findForStaff(DestekUser staff, Long appealId) {
		Appeal appeal = this.appeals.findById(appealId).orElseThrow(NotFoundException::new);
		KosgebApplication application = application(appeal);
		if (!isUnitStaff(staff) || !staff.getProvinceCode().equals(application.getProvinceCode())) {
			throw new NotFoundException();
		}
		return appeal;
	}

	/**
	 * The unit writes its opinion and forwards the appeal with the applicant's documents
	 * to the commission's secretariat (MADDE 13(2)); the commission's one-month period
	 * starts (MADDE 13(11)).
	 */
	@Transactional
	public Appeal forward(DestekUser staff, Long appealId, long expectedVersion, String opinion) {
		Appeal appeal = findForStaff(staff, appealId);
		if (appeal.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("appeal " + appealId + " changed meanwhile");
		}
		if (opinion == null || opinion.isBlank()) {
			throw new AppealRefusedException("appeal.error.opinion");
		}
		KosgebApplication application = application(appeal);
		String before = application.describe() + "; " + appeal.describe();
		Instant now = Instant.now(this.clock);
		LocalDate today = today();
		Instant decisionDue = this.calendar
			.deadline(today, integer(DECISION_MONTHS, today), PeriodUnit.MONTHS, Delivery.ELECTRONIC)
			.endInstant();
		appeal.forward(opinion.strip(), staff.getUsername(), now, decisionDue);
		application.forwardAppeal();
		this.appeals.saveAndFlush(appeal);
		this.applications.saveAndFlush(application);
		SlaTimer sla = forwardingSla(appeal);
		this.audit.record("APPEAL_FORWARDED", KosgebApplicationService.ENTITY, application.getId(),
				"Unit opinion added, appeal forwarded to the appeal commission (MADDE 13(2))"
						+ (sla.status() == tr.destek.calendar.SlaStatus.OVERDUE ? ", after the 15-day SLA" : ""),
				before, application.describe() + "; " + appeal.describe());
		return appeal;
	}

	/**
	 * Appeals the unit did not forward by their due time (MADDE 13(2)) and whose managers
	 * were not told yet, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Long> forwardingOverdueNotEscalated() {
		return this.jdbc.queryForList("""
				select id from kosgeb_appeal
				where status = 'SUBMITTED' and forwarding_due_at < ? and forwarding_escalated_at is null
				order by forwarding_due_at, id
				""", Long.class, java.sql.Timestamp.from(Instant.now(this.clock)));
	}

	/**
	 * Tells the unit managers once that an appeal's 15-day forwarding time is over (MADDE
	 * 13(2)); the appeal stays workable — a standard processing time never blocks (MADDE
	 * 18(15)).
	 * @return whether the managers were told now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean escalateForwardingOverdue(Long appealId) {
		Instant now = Instant.now(this.clock);
		int updated = this.jdbc.update("""
				update kosgeb_appeal set forwarding_escalated_at = ?
				where id = ? and status = 'SUBMITTED' and forwarding_due_at < ? and forwarding_escalated_at is null
				""", java.sql.Timestamp.from(now), appealId, java.sql.Timestamp.from(now));
		if (updated == 0) {
			return false;
		}
		Appeal appeal = this.appeals.findById(appealId).orElseThrow(NotFoundException::new);
		KosgebApplication application = application(appeal);
		this.audit.recordAs(AuditTrail.SYSTEM, "APPEAL_FORWARDING_OVERDUE", KosgebApplicationService.ENTITY,
				application.getId(), "Appeal not forwarded by " + formatDue(appeal.getForwardingDueAt())
						+ "; unit managers notified (MADDE 13(2), 18(15))",
				null, null);
		for (UserAccount manager : this.users.staffOfProvince(Role.UNIT_MANAGER, application.getProvinceCode())) {
			this.notifier.notifyUser(manager.getId(), "appeal.notification.overdue",
					new Object[] { application.getReference(), formatDue(appeal.getForwardingDueAt()) },
					"/kosgeb/control/appeals/" + appeal.getId());
		}
		return true;
	}

	/** MADDE 13(2): 15 days from the appeal for the unit to forward it (MADDE 18(15)). */
	public SlaTimer forwardingSla(Appeal appeal) {
		LocalDate submitted = appeal.getSubmittedAt().atZone(DestekTime.ZONE).toLocalDate();
		return forwardingSla(appeal, submitted, integer(FORWARDING_DAYS, submitted));
	}

	/**
	 * The forwarding SLAs (MADDE 13(2)) of a queue by appeal id, with the forwarding days
	 * of every submission date read at once (not one parameter query per row).
	 */
	public Map<Long, SlaTimer> forwardingSlas(List<Appeal> appeals) {
		Map<LocalDate, Integer> days = this.parameters.integersAsOf(ParameterScope.KOSGEB_DT, FORWARDING_DAYS,
				appeals.stream().map(a -> a.getSubmittedAt().atZone(DestekTime.ZONE).toLocalDate()).toList());
		Map<Long, SlaTimer> slas = new LinkedHashMap<>();
		for (Appeal appeal : appeals) {
			LocalDate submitted = appeal.getSubmittedAt().atZone(DestekTime.ZONE).toLocalDate();
			slas.put(appeal.getId(), forwardingSla(appeal, submitted, days.get(submitted)));
		}
		return slas;
	}

	private SlaTimer forwardingSla(Appeal appeal, LocalDate submitted, int days) {
		Instant asOf = appeal.getForwardedAt() != null ? appeal.getForwardedAt() : Instant.now(this.clock);
		return this.calendar.sla(submitted, days, PeriodUnit.DAYS, asOf);
	}

	/**
	 * MADDE 13(11): one month from forwarding for the commission to decide; empty before
	 * forwarding.
	 */
	public Optional<SlaTimer> decisionSla(Appeal appeal) {
		if (appeal.getForwardedAt() == null) {
			return Optional.empty();
		}
		LocalDate forwarded = appeal.getForwardedAt().atZone(DestekTime.ZONE).toLocalDate();
		Instant asOf = appeal.getDecidedAt() != null ? appeal.getDecidedAt() : Instant.now(this.clock);
		return Optional.of(this.calendar.sla(forwarded, integer(DECISION_MONTHS, forwarded), PeriodUnit.MONTHS, asOf));
	}

	// --- appeal commission (board module, MADDE 13(3)-(11)) ---

	/** Appeals forwarded by the units, waiting for a commission agenda, oldest first. */
	@Transactional(readOnly = true)
	public List<Appeal> forwarded() {
		return this.appeals.findForwarded();
	}

	/** The appeal of an application, if any. */
	@Transactional(readOnly = true)
	public Optional<Appeal> forApplication(Long applicationId) {
		return this.appeals.findByApplicationId(applicationId);
	}

	/** The appeals of these applications, by application id (one query). */
	@Transactional(readOnly = true)
	public Map<Long, Appeal> forApplications(Collection<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return Map.of();
		}
		return this.appeals.findByApplicationIdIn(applicationIds)
			.stream()
			.collect(Collectors.toMap(Appeal::getApplicationId, Function.identity()));
	}

	/**
	 * The commission's agenda with this appeal was sent to its members (MADDE 13(6));
	 * joins the caller's transaction.
	 */
	@Transactional
	public Appeal putOnAgenda(Long applicationId, String meeting) {
		Appeal appeal = this.appeals.findByApplicationId(applicationId).orElseThrow(NotFoundException::new);
		KosgebApplication application = application(appeal);
		String before = application.describe() + "; " + appeal.describe();
		appeal.putOnAgenda();
		application.putAppealOnAgenda();
		this.appeals.saveAndFlush(appeal);
		this.applications.saveAndFlush(application);
		this.audit.record("APPEAL_ON_AGENDA", KosgebApplicationService.ENTITY, applicationId,
				"On the appeal commission agenda of " + meeting + " (MADDE 13(6))", before,
				application.describe() + "; " + appeal.describe());
		return appeal;
	}

	/**
	 * Records the registered İtiraz Karar Formu (FRM.34.00.07, MADDE 13(8)): accepted →
	 * the application is ready for the board again (MADDE 13(10)(a)); rejected → final
	 * (13(10)(b)). The unit tells the applicant (MADDE 13(9)). Joins the caller's
	 * transaction.
	 */
	@Transactional
	public Appeal recordDecision(Long applicationId, boolean accepted, String registryNumber, String reasons) {
		Appeal appeal = this.appeals.findByApplicationId(applicationId).orElseThrow(NotFoundException::new);
		KosgebApplication application = application(appeal);
		String before = application.describe() + "; " + appeal.describe();
		Instant now = Instant.now(this.clock);
		appeal.decide(accepted, registryNumber, reasons, now);
		if (accepted) {
			application.appealAccepted(now, registryNumber);
		}
		else {
			application.appealRejected(now, registryNumber, reasons);
		}
		this.appeals.saveAndFlush(appeal);
		this.applications.saveAndFlush(application);
		this.audit.record("APPEAL_DECIDED", KosgebApplicationService.ENTITY, applicationId,
				"İtiraz Karar Formu " + registryNumber + ": "
						+ (accepted ? "accepted (MADDE 13(10)(a))" : "rejected, final (MADDE 13(10)(b))"),
				before, application.describe() + "; " + appeal.describe());
		this.notifier.notifyEnterprise(application.getEnterpriseId(),
				accepted ? "appeal.notification.accepted" : "appeal.notification.rejected",
				new Object[] { application.getReference(), registryNumber, reasons }, "/kosgeb/application/appeal");
		return appeal;
	}

	// --- helpers ---

	private KosgebApplication application(Appeal appeal) {
		return this.applications.findById(appeal.getApplicationId()).orElseThrow(NotFoundException::new);
	}

	private static boolean isUnitStaff(DestekUser user) {
		return user != null && user.getProvinceCode() != null
				&& (user.hasRole(Role.RESPONSIBLE_STAFF) || user.hasRole(Role.UNIT_MANAGER));
	}

	/** The assigned staff member and the unit managers of the application's province. */
	private List<UserAccount> unitStaff(KosgebApplication application) {
		List<UserAccount> managers = this.users.staffOfProvince(Role.UNIT_MANAGER, application.getProvinceCode());
		if (application.getAssignedStaffId() == null) {
			return managers;
		}
		return java.util.stream.Stream
			.concat(this.users.find(application.getAssignedStaffId()).stream(), managers.stream())
			.distinct()
			.toList();
	}

	private static String rejectionRegistry(KosgebApplication application) {
		String by = application.getDecidedBy();
		return by != null && by.startsWith("board ") ? by.substring("board ".length()) : by;
	}

	private String formatDue(Instant due) {
		return DATE.format(due.atZone(DestekTime.ZONE));
	}

	private int integer(String key, LocalDate day) {
		return this.parameters.integer(ParameterScope.KOSGEB_DT, key, day);
	}

	private LocalDate today() {
		return DestekTime.today(this.clock);
	}

}
