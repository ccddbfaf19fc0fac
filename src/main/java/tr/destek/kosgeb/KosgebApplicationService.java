package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditEntry;
import tr.destek.audit.AuditTrail;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.kosgeb.eligibility.KosgebEligibility;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * The applicant's side of a KOSGEB SME Digital Transformation application: the draft
 * (Başvuru Formu FRM.34.00.01) with its report, expense items, bank and documents, the
 * live eligibility checklist, submission with the written commitment (MADDE 8(1), 16(1)),
 * and the resubmission of a correction (MADDE 9(3)); plus the reads staff use
 * ({@link #find}, {@link #timeline}). Every change is audited with the state before and
 * after, in the same transaction. An applicant always works on its own enterprise's
 * application, so no identifier from the browser can reach another enterprise's file.
 */
@Service
public class KosgebApplicationService {

	/** The audit entity type and the document owner type of applications. */
	public static final String ENTITY = "KosgebApplication";

	static final String CONTROL_STAFF_DAYS = "control.staff-days";

	private final KosgebApplicationRepository applications;

	private final EligibilityFactsAssembler facts;

	private final KosgebEligibility eligibility;

	private final DocumentStore documents;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Notifier notifier;

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final UserAccountService users;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	KosgebApplicationService(KosgebApplicationRepository applications, EligibilityFactsAssembler facts,
			KosgebEligibility eligibility, DocumentStore documents, AuditTrail audit, ApplicationEventPublisher events,
			Notifier notifier, DeadlineCalendar calendar, ProgrammeParameters parameters, UserAccountService users,
			JdbcTemplate jdbc, Clock clock) {
		this.applications = applications;
		this.facts = facts;
		this.eligibility = eligibility;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.notifier = notifier;
		this.calendar = calendar;
		this.parameters = parameters;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// --- board: the board module reads the files ready for it and moves them onto
	// agendas ---

	/** The references of these applications by id, in one query: for board lists. */
	@Transactional(readOnly = true)
	public Map<Long, String> references(Collection<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return Map.of();
		}
		return this.applications.findAllById(applicationIds)
			.stream()
			.collect(Collectors.toMap(KosgebApplication::getId, KosgebApplication::getReference));
	}

	/**
	 * Applications controlled and found suitable, waiting for a board agenda (MADDE
	 * 10(1), 12(1)), longest waiting first, with their expense items.
	 */
	@Transactional(readOnly = true)
	public List<KosgebApplication> readyForBoard() {
		List<KosgebApplication> ready = this.applications.findReadyForBoard();
		ready.forEach(KosgebApplication::getExpenseItems);
		return ready;
	}

	/**
	 * The application is on a board agenda that was sent to the members (MADDE 12(1));
	 * joins the caller's transaction and is audited there.
	 * @param meeting a readable name of the meeting for the audit trail
	 */
	@Transactional
	public KosgebApplication putOnAgenda(Long applicationId, String meeting) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		String before = application.describe();
		application.putOnAgenda();
		this.audit.record("PUT_ON_AGENDA", ENTITY, applicationId,
				"On the board agenda of " + meeting + " (MADDE 12(1))", before, application.describe());
		return application;
	}

	/**
	 * Records the registered board decision on the application (MADDE 12(9)): ACCEPTED,
	 * BOARD_REJECTED with the reasons and the last day of its appeal as notified to the
	 * applicant (MADDE 12(10), 13(1); the appeal module's window), or
	 * BOARD_CORRECTION_REQUESTED with the reasons and the deadline (MADDE 10(5)). A
	 * rejection after an accepted appeal is final and keeps no last day (MADDE
	 * 13(10)(b)). Joins the caller's transaction and is audited there.
	 */
	@Transactional
	public KosgebApplication recordBoardDecision(Long applicationId, BoardOutcome outcome, String registryNumber,
			String reasons, Instant correctionDeadline, LocalDate appealLastDay) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		String before = application.describe();
		Instant now = Instant.now(this.clock);
		switch (outcome) {
			case ACCEPTED -> application.boardAccepted(now, registryNumber);
			case REJECTED -> application.boardRejected(now, registryNumber, reasons, appealLastDay);
			case CORRECTION_REQUESTED ->
				application.boardCorrectionRequested(now, registryNumber, reasons, correctionDeadline);
		}
		this.audit.record("BOARD_DECISION_RECORDED", ENTITY, applicationId,
				"Board decision " + registryNumber + ": " + outcome + " (MADDE 12(9))", before, application.describe());
		return application;
	}

	/**
	 * The programme of an accepted application ended (MADDE 17(2),(5)): COMPLETED,
	 * UNSUCCESSFUL or TERMINATED, as decided by the monitoring. Joins the caller's
	 * transaction and is audited there.
	 * @param reason why, for the audit trail (citing the article)
	 */
	@Transactional
	public KosgebApplication recordProgrammeOutcome(Long applicationId, ApplicationStatus outcome, String reason) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		String before = application.describe();
		application.closeProgramme(outcome, Instant.now(this.clock), AuditTrail.currentActor());
		this.audit.record("PROGRAMME_CLOSED", ENTITY, applicationId, "Programme " + outcome + ": " + reason, before,
				application.describe());
		return application;
	}

	// --- reading ---

	/** The application of an enterprise (there is at most one, MADDE 5(3)). */
	@Transactional(readOnly = true)
	public Optional<KosgebApplication> findForEnterprise(Long enterpriseId) {
		if (enterpriseId == null) {
			return Optional.empty();
		}
		Optional<KosgebApplication> application = this.applications.findByEnterpriseId(enterpriseId);
		application.ifPresent(a -> a.getExpenseItems());
		return application;
	}

	/**
	 * An application with its expense items; the caller checks access (e.g. with
	 * {@link KosgebAccess}).
	 * @throws NotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public KosgebApplication find(Long applicationId) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		application.getExpenseItems(); // loads the items (open-in-view is off)
		return application;
	}

	/**
	 * The statuses of many applications at once (for list pages, one query), by id;
	 * unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, ApplicationStatus> statuses(java.util.Collection<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return java.util.Map.of();
		}
		return this.applications.findStatuses(applicationIds)
			.stream()
			.collect(java.util.stream.Collectors.toMap(ApplicationStatusRow::id, ApplicationStatusRow::status));
	}

	/**
	 * Several applications with their expense items, loaded in one query, in the order of
	 * the given ids; ids without an application are left out. The caller checks access.
	 */
	@Transactional(readOnly = true)
	public List<KosgebApplication> findAll(List<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return List.of();
		}
		Map<Long, KosgebApplication> found = this.applications.findWithExpenseItems(applicationIds)
			.stream()
			.collect(Collectors.toMap(KosgebApplication::getId, a -> a));
		return applicationIds.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/** The full audit history of an application, oldest first (for staff). */
	@Transactional(readOnly = true)
	public List<AuditEntry> timeline(Long applicationId) {
		return this.audit.history(ENTITY, applicationId);
	}

	/**
	 * The history as the applicant sees it: who (a colleague, or only KOSGEB / the
	 * system), when and what; no notes, no states.
	 */
	@Transactional(readOnly = true)
	public List<TimelineEntry> applicantTimeline(KosgebApplication application) {
		Set<String> colleagues = this.users.colleagues(application.getEnterpriseId())
			.stream()
			.map(UserAccount::getEmail)
			.collect(Collectors.toSet());
		List<TimelineEntry> entries = new ArrayList<>();
		for (AuditEntry entry : timeline(application.getId())) {
			String actor = entry.getActor();
			String kind = AuditTrail.SYSTEM.equals(actor) ? "SYSTEM"
					: colleagues.contains(actor) ? "APPLICANT" : "STAFF";
			entries.add(new TimelineEntry(entry.getOccurredAt(), kind, "APPLICANT".equals(kind) ? actor : null,
					entry.getAction()));
		}
		return entries;
	}

	/** The documents of an application, newest first, without their bytes. */
	@Transactional(readOnly = true)
	public List<DocumentRef> documents(Long applicationId) {
		return this.documents.list(ENTITY, String.valueOf(applicationId));
	}

	/** The active protocol banks (MADDE 14), by name. */
	@Transactional(readOnly = true)
	public List<ProtocolBank> protocolBanks() {
		return this.jdbc.query("select code, name from protocol_bank where active order by name",
				(rs, n) -> new ProtocolBank(rs.getString("code"), rs.getString("name")));
	}

	/**
	 * The eligibility checklist of a draft as if it were sent today (MADDE 7(2),(3):
	 * judged on the application date).
	 */
	@Transactional(readOnly = true)
	public EligibilityReport liveEligibility(KosgebApplication application, Locale locale) {
		return this.eligibility.evaluate(this.facts.assemble(application, today(), locale));
	}

	/** The eligibility frozen at submission, if the application was sent. */
	public Optional<EligibilityReport> frozenEligibility(KosgebApplication application) {
		return Optional.ofNullable(application.getEligibilitySnapshot()).map(EligibilitySnapshot::read);
	}

	/**
	 * What is missing from the form before it can be sent: a complete maturity report
	 * (MADDE 7(4), 8(1)), at least one expense item, the preferred bank (MADDE 8(4), 14)
	 * and the required documents.
	 */
	public List<Blocker> blockers(KosgebApplication application, List<DocumentRef> documents) {
		List<Blocker> blockers = new ArrayList<>();
		if (!application.report().isComplete()) {
			blockers.add(new Blocker("kosgeb.blocker.report-incomplete"));
		}
		if (application.getExpenseItems().isEmpty()) {
			blockers.add(new Blocker("kosgeb.blocker.no-items"));
		}
		if (application.getPreferredBankCode() == null) {
			blockers.add(new Blocker("kosgeb.blocker.no-bank"));
		}
		for (DocumentCategory category : DocumentCategory.values()) {
			if (category.isRequired() && documents.stream().noneMatch(d -> category.name().equals(d.category()))) {
				blockers.add(new Blocker("kosgeb.blocker.document-missing." + category.name()));
			}
		}
		return blockers;
	}

	// --- the draft ---

	/**
	 * Starts the enterprise's draft.
	 * @throws ApplicationAlreadyExistsException when the enterprise has an application,
	 * whatever its state (MADDE 5(3))
	 */
	@Transactional
	public KosgebApplication startDraft(DestekUser applicant) {
		Long enterpriseId = requireApplicant(applicant);
		Optional<KosgebApplication> existing = this.applications.findByEnterpriseId(enterpriseId);
		if (existing.isPresent()) {
			throw new ApplicationAlreadyExistsException(existing.get().getReference(), existing.get().getStatus());
		}
		Short province = this.jdbc.queryForObject("select province_code from enterprise where id = ?", Short.class,
				enterpriseId);
		LocalDate today = today();
		String reference = "DD-" + today.getYear() + "-"
				+ String.format(Locale.ROOT, "%06d", this.applications.nextNumber());
		KosgebApplication application = new KosgebApplication(reference, enterpriseId, province, now(),
				applicant.getUsername());
		try {
			this.applications.saveAndFlush(application);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// two colleagues started at the same moment: the unique index decided (MADDE
			// 5(3))
			throw new ApplicationAlreadyExistsException("", ApplicationStatus.DRAFT);
		}
		this.audit.record("KOSGEB_DRAFT_STARTED", ENTITY, application.getId(), "Draft " + reference + " started", null,
				application.describe());
		return application;
	}

	@Transactional
	public KosgebApplication saveReport(DestekUser applicant, long expectedVersion, MaturityReport report) {
		KosgebApplication application = own(applicant, expectedVersion);
		String before = application.describe() + ", report=" + application.report();
		application.updateReport(report);
		return saved(application, "KOSGEB_REPORT_SAVED", "Maturity report details saved", before,
				application.describe() + ", report=" + application.report());
	}

	/**
	 * Saves what the applicant typed in the report and bank sections of the one
	 * application form at once, in one version check, so that saving one section never
	 * drops what was typed in the other (issue 10 point 3). A section given as
	 * {@code null} or unchanged is left alone; a change to a part not open to change is
	 * refused ({@link IllegalTransitionException}); each change is audited as when saved
	 * on its own.
	 * @param report the report as typed, {@code null} to leave it
	 * @param bankCode the chosen protocol bank, {@code null} to leave it
	 * @throws IllegalArgumentException when the bank is not an active protocol bank
	 */
	@Transactional
	public KosgebApplication saveSections(DestekUser applicant, long expectedVersion, MaturityReport report,
			String bankCode) {
		KosgebApplication application = own(applicant, expectedVersion);
		// a part not open to change refuses a change (the aggregate throws), as when
		// saved alone
		boolean reportChanged = report != null && !report.equals(application.report());
		boolean bankChanged = bankCode != null && !bankCode.equals(application.getPreferredBankCode());
		if (bankChanged && protocolBanks().stream().noneMatch(bank -> bank.code().equals(bankCode))) {
			throw new IllegalArgumentException("not a protocol bank: " + bankCode);
		}
		if (reportChanged) {
			String before = application.describe() + ", report=" + application.report();
			application.updateReport(report);
			saved(application, "KOSGEB_REPORT_SAVED", "Maturity report details saved", before,
					application.describe() + ", report=" + application.report());
		}
		if (bankChanged) {
			String before = application.describe();
			application.choosePreferredBank(bankCode);
			saved(application, "KOSGEB_BANK_CHOSEN", "Preferred protocol bank " + bankCode, before,
					application.describe());
		}
		return application;
	}

	/**
	 * @throws IllegalArgumentException when the bank is not an active protocol bank
	 */
	@Transactional
	public KosgebApplication choosePreferredBank(DestekUser applicant, long expectedVersion, String bankCode) {
		KosgebApplication application = own(applicant, expectedVersion);
		if (protocolBanks().stream().noneMatch(bank -> bank.code().equals(bankCode))) {
			throw new IllegalArgumentException("not a protocol bank: " + bankCode);
		}
		String before = application.describe();
		application.choosePreferredBank(bankCode);
		return saved(application, "KOSGEB_BANK_CHOSEN", "Preferred protocol bank " + bankCode, before,
				application.describe());
	}

	@Transactional
	public KosgebApplication addExpenseItem(DestekUser applicant, long expectedVersion, ExpenseItemData data) {
		KosgebApplication application = own(applicant, expectedVersion);
		String before = application.describe();
		ExpenseItem item = application.addExpenseItem(data);
		return saved(application, "KOSGEB_ITEM_ADDED", "Expense item added: " + item.describe(), before,
				application.describe());
	}

	@Transactional
	public KosgebApplication updateExpenseItem(DestekUser applicant, long expectedVersion, Long itemId,
			ExpenseItemData data) {
		KosgebApplication application = ownWithItem(applicant, expectedVersion, itemId);
		String before = application.describe() + "; " + application.expenseItem(itemId).describe();
		ExpenseItem item = application.updateExpenseItem(itemId, data);
		return saved(application, "KOSGEB_ITEM_CHANGED", "Expense item changed", before,
				application.describe() + "; " + item.describe());
	}

	@Transactional
	public KosgebApplication removeExpenseItem(DestekUser applicant, long expectedVersion, Long itemId) {
		KosgebApplication application = ownWithItem(applicant, expectedVersion, itemId);
		String before = application.describe() + "; " + application.expenseItem(itemId).describe();
		application.removeExpenseItem(itemId);
		return saved(application, "KOSGEB_ITEM_REMOVED", "Expense item removed", before, application.describe());
	}

	/**
	 * Stores an upload (checked by its content by the document store) while documents are
	 * editable.
	 * @throws tr.destek.document.DocumentRejectedException when the file is refused
	 */
	@Transactional
	public DocumentRef uploadDocument(DestekUser applicant, DocumentCategory category, MultipartFile file) {
		KosgebApplication application = own(applicant, null);
		application.requireEditable(ApplicationPart.DOCUMENTS, "add documents to");
		DocumentRef ref = this.documents.store(application.getEnterpriseId(), ENTITY,
				String.valueOf(application.getId()), category.name(), file);
		this.audit.record("KOSGEB_DOCUMENT_ADDED", ENTITY, application.getId(),
				"Document " + category + " added: " + ref.filename() + " (" + ref.size() + " bytes)", null,
				"document=" + ref.id() + ", category=" + category + ", sha256=" + ref.sha256());
		return ref;
	}

	/**
	 * @throws NotFoundException when the document is not one of this application's
	 */
	@Transactional
	public void removeDocument(DestekUser applicant, Long documentId) {
		KosgebApplication application = own(applicant, null);
		DocumentRef ref = this.documents.find(documentId)
			.filter(d -> ENTITY.equals(d.ownerType()) && String.valueOf(application.getId()).equals(d.ownerId()))
			.orElseThrow(NotFoundException::new);
		application.requireEditable(ApplicationPart.DOCUMENTS, "remove documents of");
		this.documents.remove(ref.id());
		this.audit.record("KOSGEB_DOCUMENT_REMOVED", ENTITY, application.getId(),
				"Document " + ref.category() + " removed: " + ref.filename(),
				"document=" + ref.id() + ", category=" + ref.category() + ", sha256=" + ref.sha256(), null);
	}

	// --- submission and resubmission ---

	/**
	 * Sends the draft: the written commitment must be approved (MADDE 16(1)); the form
	 * complete; eligibility is evaluated on today's date, a FAIL blocks, NEEDS_REVIEW is
	 * flagged, and the result is frozen (MADDE 7). Publishes {@link ApplicationSubmitted}
	 * and tells the enterprise's users.
	 * @throws CommitmentNotApprovedException, SubmissionBlockedException,
	 * IllegalTransitionException, OptimisticLockingFailureException
	 */
	@Transactional
	public KosgebApplication submit(DestekUser applicant, long expectedVersion, boolean commitmentApproved,
			String commitmentVersion, Locale locale) {
		KosgebApplication application = own(applicant, expectedVersion);
		if (application.getStatus() != ApplicationStatus.DRAFT) {
			throw new IllegalTransitionException(application.getStatus(), "submit");
		}
		requireCommitment(commitmentApproved, commitmentVersion);
		LocalDate today = today();
		EligibilityReport report = this.eligibility.evaluate(this.facts.assemble(application, today, locale));
		List<Blocker> blockers = blockers(application, documents(application.getId()));
		if (!blockers.isEmpty() || report.blocksSubmission()) {
			throw new SubmissionBlockedException(blockers, report);
		}
		String before = application.describe();
		application.submit(now(), today, Commitment.VERSION, applicant.getUsername(), EligibilitySnapshot.write(report),
				report.needsReview());
		saved(application, "KOSGEB_APPLICATION_SUBMITTED",
				"Application " + application.getReference() + " submitted with commitment " + Commitment.VERSION
						+ (report.needsReview() ? ", eligibility needs review" : ""),
				before, application.describe());
		this.events.publishEvent(new ApplicationSubmitted(application.getId(), application.getEnterpriseId(),
				application.getProvinceCode()));
		this.notifier.notifyEnterprise(application.getEnterpriseId(), "kosgeb.notification.submitted",
				new Object[] { application.getReference(), String.valueOf(controlDays(today)) }, "/kosgeb/application");
		return application;
	}

	/**
	 * Sends a corrected application back to its staff member (MADDE 9(3)) with the
	 * commitment approved again; eligibility is re-evaluated on the application date and
	 * frozen again; a new control period starts ({@code control.staff-days}, MADDE 9(1)).
	 */
	@Transactional
	public KosgebApplication resubmit(DestekUser applicant, long expectedVersion, boolean commitmentApproved,
			String commitmentVersion, Locale locale) {
		KosgebApplication application = own(applicant, expectedVersion);
		if (application.getStatus() != ApplicationStatus.CORRECTION_REQUESTED) {
			throw new IllegalTransitionException(application.getStatus(), "resubmit");
		}
		requireCommitment(commitmentApproved, commitmentVersion);
		LocalDate applicationDate = (application.getApplicationDate() != null) ? application.getApplicationDate()
				: today();
		EligibilityReport report = this.eligibility.evaluate(this.facts.assemble(application, applicationDate, locale));
		List<Blocker> blockers = blockers(application, documents(application.getId()));
		if (!blockers.isEmpty() || report.blocksSubmission()) {
			throw new SubmissionBlockedException(blockers, report);
		}
		LocalDate today = today();
		Instant controlDue = this.calendar.deadline(today, controlDays(today), PeriodUnit.DAYS, Delivery.ELECTRONIC)
			.endInstant();
		String before = application.describe();
		application.resubmit(now(), applicant.getUsername(), Commitment.VERSION, EligibilitySnapshot.write(report),
				report.needsReview(), controlDue);
		saved(application, "KOSGEB_APPLICATION_RESUBMITTED", "Corrected application " + application.getReference()
				+ " resubmitted with commitment " + Commitment.VERSION, before, application.describe());
		this.events.publishEvent(new ApplicationResubmitted(application.getId(), application.getEnterpriseId(),
				application.getAssignedStaffId()));
		this.notifier.notifyEnterprise(application.getEnterpriseId(), "kosgeb.notification.resubmitted",
				new Object[] { application.getReference(), String.valueOf(controlDays(today)) }, "/kosgeb/application");
		return application;
	}

	// --- helpers ---

	private static void requireCommitment(boolean approved, String version) {
		// MADDE 16(1): no submission without the approved commitment, in the text shown
		if (!approved || !Commitment.VERSION.equals(version)) {
			throw new CommitmentNotApprovedException();
		}
	}

	private int controlDays(LocalDate date) {
		return this.parameters.integer(ParameterScope.KOSGEB_DT, CONTROL_STAFF_DAYS, date);
	}

	private KosgebApplication saved(KosgebApplication application, String action, String summary, String before,
			String after) {
		this.applications.saveAndFlush(application);
		this.audit.record(action, ENTITY, application.getId(), summary, before, after);
		return application;
	}

	/**
	 * The applicant's own application, in the version the form was opened with.
	 * @param expectedVersion {@code null} when the change does not touch the application
	 * row (documents)
	 */
	/**
	 * The caller's own application with this item: another application's item is not
	 * found, before the version is compared (isolation sweep, issue #9).
	 */
	private KosgebApplication ownWithItem(DestekUser applicant, long expectedVersion, Long itemId) {
		KosgebApplication application = own(applicant, null);
		application.expenseItem(itemId);
		if (application.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"application " + application.getId() + " was changed meanwhile");
		}
		return application;
	}

	private KosgebApplication own(DestekUser applicant, Long expectedVersion) {
		Long enterpriseId = requireApplicant(applicant);
		KosgebApplication application = this.applications.findByEnterpriseId(enterpriseId)
			.orElseThrow(NotFoundException::new);
		if (expectedVersion != null && application.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"application " + application.getId() + " was changed meanwhile");
		}
		application.getExpenseItems(); // loads the items (open-in-view is off)
		return application;
	}

	private static Long requireApplicant(DestekUser applicant) {
		if (applicant == null || !applicant.hasRole(Role.APPLICANT) || applicant.getEnterpriseId() == null) {
			throw new NotFoundException();
		}
		return applicant.getEnterpriseId();
	}

	private LocalDate today() {
		return DestekTime.today(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
