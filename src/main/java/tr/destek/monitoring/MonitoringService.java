package tr.destek.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.FileLabel;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ProgrammeParameters;

/**
 * The programme period and its outcome (MADDE 6(5), 17(2),(5)) and the post-programme
 * maturity report (MADDE 17(2)). Every change is audited in its own transaction; the job
 * steps act only when still due, so running them twice changes nothing.
 */
@Service
public class MonitoringService {

	public static final String ENTITY = "MonitoringCase";

	static final String APPLICANT_LINK = "/kosgeb/application/monitoring";

	static final String REPORT_CATEGORY = "POST_PROGRAMME_MATURITY_REPORT";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

	private final MonitoringCaseRepository cases;

	private final MonitoringPorts ports;

	private final ProgrammeParameters parameters;

	private final DeadlineCalendar calendar;

	private final Notifier notifier;

	private final DocumentStore documents;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MonitoringService(MonitoringCaseRepository cases, MonitoringPorts ports, ProgrammeParameters parameters,
			DeadlineCalendar calendar, Notifier notifier, DocumentStore documents, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.ports = ports;
		this.events = events;
		this.parameters = parameters;
		this.calendar = calendar;
		this.notifier = notifier;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	// --- the programme period (MADDE 6(5)) ---

	/**
	 * The dates of a programme that started on {@code start}: its duration in force on
	 * the start day (MADDE 6(5)), the report periods in force on the end day (MADDE
	 * 17(2)), counted by MADDE 18(13),(14).
	 */
	public ProgrammePeriod period(String scope, LocalDate start) {
		int months = this.parameters.integer(scope, "programme.duration-months", start);
		LocalDate end = this.calendar.deadline(start, months, PeriodUnit.MONTHS, Delivery.ELECTRONIC).lastDay();
		int after = this.parameters.integer(scope, "monitoring.report-after-months", end);
		int window = this.parameters.integer(scope, "monitoring.report-window-months", end);
		LocalDate opens = this.calendar.deadline(end, after, PeriodUnit.MONTHS, Delivery.ELECTRONIC).lastDay();
		Instant due = this.calendar.deadline(opens, window, PeriodUnit.MONTHS, Delivery.ELECTRONIC).endInstant();
		return new ProgrammePeriod(start, end, opens, due);
	}

	/**
	 * Opens (or, while nothing happened on it yet, re-plans) the monitoring case of a
	 * file whose programme started, from {@link MonitoredFiles#programmeStart(Long)}
	 * (MADDE 6(5)). The programme calls it when its first supporting decision is
	 * registered.
	 * @return the case, or empty when the programme has not started
	 */
	@Transactional
	public Optional<MonitoringCase> open(Long applicationId) {
		// the decision's listener and a direct call may open the same case at once: one
		// after the other, each reading the decision after the lock
		this.cases.lockOpening(applicationId);
		Optional<MonitoredFile> known = this.ports.anyFile(applicationId);
		if (known.isEmpty()) {
			return Optional.empty();
		}
		MonitoredFile file = known.get();
		Optional<LocalDate> start = this.ports.files(file.source()).programmeStart(applicationId);
		if (start.isEmpty()) {
			return Optional.empty();
		}
		ProgrammePeriod period = period(this.ports.scope(file.source()), start.get());
		Optional<MonitoringCase> existing = this.cases.findByApplicationId(applicationId);
		if (existing.isPresent()) {
			MonitoringCase found = existing.get();
			String before = found.describe();
			if (!found.getProgrammeStart().equals(period.start()) && found.plan(period)) {
				this.audit.record("MONITORING_PLANNED", ENTITY, found.getId(),
						"Programme dates follow the first supporting decision (MADDE 6(5))", before, found.describe());
			}
			return existing;
		}
		MonitoringCase opened = this.cases.save(new MonitoringCase(file.source(), applicationId, file.enterpriseId(),
				file.provinceCode(), file.reference(), period));
		this.audit.record("MONITORING_OPENED", ENTITY, opened.getId(),
				"Programme " + period.start() + " – " + period.end() + " (MADDE 6(5)); maturity report window opens "
						+ period.reportWindowOpens() + " (MADDE 17(2))",
				null, opened.describe());
		return Optional.of(opened);
	}

	// --- the maturity report after the programme (MADDE 17(2)) ---

	List<Long> windowsOpening() {
		return this.cases.findWindowOpening(today());
	}

	List<Long> windowsPassed() {
		return this.cases.findWindowPassed(Instant.now(this.clock));
	}

	List<Long> extraPeriodsPassed() {
		return this.cases.findExtraPassed(Instant.now(this.clock));
	}

	/**
	 * MADDE 17(2): 12 months after the programme end the enterprise is reminded, once, to
	 * send its new maturity level by the end of the window.
	 * @return whether the reminder went out now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean openReportWindow(Long caseId) {
		MonitoringCase found = this.cases.findById(caseId).orElseThrow(NotFoundException::new);
		String before = found.describe();
		if (!found.openReportWindow(today(), Instant.now(this.clock))) {
			return false;
		}
		this.audit.recordAs(AuditTrail.SYSTEM, "MONITORING_REPORT_WINDOW_OPENED", ENTITY, caseId,
				"Maturity report due by " + moment(found.getReportDueAt()) + "; reminder sent (MADDE 17(2))", before,
				found.describe());
		this.notifier.notifyEnterprise(found.getEnterpriseId(), "monitoring.notify.reminder",
				new Object[] { found.getReference(), moment(found.getReportDueAt()) }, APPLICANT_LINK);
		return true;
	}

	/**
	 * MADDE 17(2): the window passed without a report: the enterprise is notified, once,
	 * and has 15 days from the notice.
	 * @return whether the notice went out now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean giveNotice(Long caseId) {
		MonitoringCase found = this.cases.findById(caseId).orElseThrow(NotFoundException::new);
		Instant now = Instant.now(this.clock);
		LocalDate today = today();
		int days = this.parameters.integer(this.ports.scope(found.getSubjectSource()),
				"monitoring.extra-days-after-notice", today);
		Instant extraDue = this.calendar.deadline(today, days, PeriodUnit.DAYS, Delivery.ELECTRONIC).endInstant();
		String before = found.describe();
		if (!found.giveNotice(now, extraDue)) {
			return false;
		}
		this.audit.recordAs(AuditTrail.SYSTEM, "MONITORING_NOTICE_SENT", ENTITY, caseId,
				"No maturity report in the window; notified, " + days + " more days until " + moment(extraDue)
						+ " (MADDE 17(2))",
				before, found.describe());
		this.notifier.notifyEnterprise(found.getEnterpriseId(), "monitoring.notify.notice",
				new Object[] { found.getReference(), moment(extraDue), days }, APPLICANT_LINK);
		return true;
	}

	/**
	 * MADDE 17(2): still no report after the extra period: the programme is not completed
	 * successfully and pending support payments stop; the enterprise is told, once.
	 * @return whether the programme was marked unsuccessful now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean markUnsuccessful(Long caseId) {
		MonitoringCase found = this.cases.findById(caseId).orElseThrow(NotFoundException::new);
		String before = found.describe();
		String reason = "No maturity level within the extra period after the notice (MADDE 17(2))";
		if (!found.markUnsuccessful(Instant.now(this.clock), reason)) {
			return false;
		}
		this.cases.flush();
		recordOutcome(found, ProgrammeOutcome.UNSUCCESSFUL, reason);
		this.audit.recordAs(AuditTrail.SYSTEM, "MONITORING_UNSUCCESSFUL", ENTITY, caseId,
				reason + "; pending payments stop", before, found.describe());
		this.notifier.notifyEnterprise(found.getEnterpriseId(), "monitoring.notify.unsuccessful",
				new Object[] { found.getReference() }, APPLICANT_LINK);
		return true;
	}

	/**
	 * The applicant sends the new digital maturity level with the approved report (MADDE
	 * 17(2)); the file is checked by its content. Completes the programme.
	 * @throws MonitoringRuleException when the window is not open or has passed
	 */
	@Transactional
	public MonitoringCase submitReport(DestekUser applicant, long expectedVersion, String level, MultipartFile report) {
		MonitoringCase found = forApplicant(applicant).orElseThrow(NotFoundException::new);
		if (found.getVersion() != expectedVersion) {
			throw new MonitoringRuleException("monitoring.error.stale");
		}
		Instant now = Instant.now(this.clock);
		if (found.getStatus() != CaseStatus.AWAITING_MATURITY_REPORT) {
			throw new MonitoringRuleException("monitoring.error.report.not-open");
		}
		if (now.isAfter(found.currentDueAt())) {
			throw new MonitoringRuleException("monitoring.error.report.late");
		}
		DocumentRef document = this.documents.store(found.getEnterpriseId(), ENTITY, String.valueOf(found.getId()),
				REPORT_CATEGORY, report);
		String before = found.describe();
		found.submitReport(level.strip(), document.id(), now, applicant.getUsername());
		this.cases.flush();
		String reason = "New maturity level " + level.strip() + " reported (MADDE 17(2))";
		recordOutcome(found, ProgrammeOutcome.COMPLETED, reason);
		this.audit.record("MONITORING_REPORT_SUBMITTED", ENTITY, found.getId(), reason, before, found.describe());
		return found;
	}

	/**
	 * Tells the programme owning the file the outcome of its programme period; the
	 * programme moves its file in its listener (synchronously, in this transaction).
	 */
	void recordOutcome(MonitoringCase found, ProgrammeOutcome outcome, String reason) {
		this.events.publishEvent(
				new ProgrammeOutcomeRecorded(found.getSubjectSource(), found.getApplicationId(), outcome, reason));
	}

	// --- reading ---

	/**
	 * Whether pending support payments of the application stop: its programme was not
	 * completed successfully (MADDE 17(2)) or was terminated (MADDE 17(5)).
	 */
	@Transactional(readOnly = true)
	public boolean paymentsStopped(Long applicationId) {
		return this.cases.findByApplicationId(applicationId).map(c -> c.getStatus().stopsPayments()).orElse(false);
	}

	@Transactional(readOnly = true)
	public Optional<MonitoringCase> forApplication(Long applicationId) {
		return this.cases.findByApplicationId(applicationId);
	}

	/** The case of the applicant's own enterprise (never another's). */
	@Transactional(readOnly = true)
	public Optional<MonitoringCase> forApplicant(DestekUser applicant) {
		return this.ports.filesOfEnterprise(applicant.getEnterpriseId())
			.stream()
			.flatMap(f -> this.cases.findByApplicationId(f.fileId()).stream())
			.findFirst();
	}

	/** How staff lists name the cases' files (one query per programme). */
	@Transactional(readOnly = true)
	public Map<Long, FileLabel> labels(List<MonitoringCase> cases) {
		return this.ports.labels(cases);
	}

	@Transactional(readOnly = true)
	public MonitoringCase find(Long caseId) {
		return this.cases.findById(caseId).orElseThrow(NotFoundException::new);
	}

	/**
	 * Cases of one province unit, or all when {@code provinceCode} is null (one query).
	 */
	@Transactional(readOnly = true)
	public List<MonitoringCase> overview(Short provinceCode) {
		return (provinceCode != null) ? this.cases.findByProvince(provinceCode) : this.cases.findAllOrdered();
	}

	@Transactional(readOnly = true)
	public Optional<DocumentRef> reportDocument(MonitoringCase found) {
		return (found.getReportDocumentId() != null) ? this.documents.find(found.getReportDocumentId())
				: Optional.empty();
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

	static String moment(Instant instant) {
		return MOMENT.format(instant.atZone(DestekTime.ZONE));
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

}
