package tr.destek.kosgeb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditEntry;
import tr.destek.document.DocumentRef;
import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.eligibility.EligibilityReport;

/**
 * The one door to a KOSGEB SME Digital Transformation application for the web layer and
 * the other modules, delegating along the application's lifecycle: the draft
 * ({@link ApplicationDrafts}), the checklist before sending ({@link ApplicationChecks}),
 * submission and resubmission ({@link ApplicationSubmissions}), what the board and the
 * monitoring record on it ({@link ApplicationDecisions}) and the reads
 * ({@link ApplicationQueries}). Each of those holds the rules, the transactions and the
 * audit; this class holds none.
 */
@Service
public class KosgebApplicationService {

	/** The audit entity type and the document owner type of applications. */
	public static final String ENTITY = "KosgebApplication";

	static final String CONTROL_STAFF_DAYS = "control.staff-days";

	private final ApplicationQueries queries;

	private final ApplicationChecks checks;

	private final ApplicationDrafts drafts;

	private final ApplicationSubmissions submissions;

	private final ApplicationDecisions decisions;

	KosgebApplicationService(ApplicationQueries queries, ApplicationChecks checks, ApplicationDrafts drafts,
			ApplicationSubmissions submissions, ApplicationDecisions decisions) {
		this.queries = queries;
		this.checks = checks;
		this.drafts = drafts;
		this.submissions = submissions;
		this.decisions = decisions;
	}

	// --- the board and the monitoring ---

	/** See {@link ApplicationQueries#references}. */
	public Map<Long, String> references(Collection<Long> applicationIds) {
		return this.queries.references(applicationIds);
	}

	/** See {@link ApplicationQueries#readyForBoard}. */
	public List<KosgebApplication> readyForBoard() {
		return this.queries.readyForBoard();
	}

	/** See {@link ApplicationDecisions#putOnAgenda}. */
	public KosgebApplication putOnAgenda(Long applicationId, String meeting) {
		return this.decisions.putOnAgenda(applicationId, meeting);
	}

	/** See {@link ApplicationDecisions#recordBoardDecision}. */
	public KosgebApplication recordBoardDecision(Long applicationId, BoardOutcome outcome, String registryNumber,
			String reasons, Instant correctionDeadline, LocalDate appealLastDay) {
		return this.decisions.recordBoardDecision(applicationId, outcome, registryNumber, reasons, correctionDeadline,
				appealLastDay);
	}

	/** See {@link ApplicationDecisions#recordProgrammeOutcome}. */
	public KosgebApplication recordProgrammeOutcome(Long applicationId, ApplicationStatus outcome, String reason) {
		return this.decisions.recordProgrammeOutcome(applicationId, outcome, reason);
	}

	// --- reading ---

	/** See {@link ApplicationQueries#findForEnterprise}. */
	public Optional<KosgebApplication> findForEnterprise(Long enterpriseId) {
		return this.queries.findForEnterprise(enterpriseId);
	}

	/** See {@link ApplicationQueries#find}. */
	public KosgebApplication find(Long applicationId) {
		return this.queries.find(applicationId);
	}

	/** See {@link ApplicationQueries#statuses}. */
	public Map<Long, ApplicationStatus> statuses(Collection<Long> applicationIds) {
		return this.queries.statuses(applicationIds);
	}

	/** See {@link ApplicationQueries#findAll}. */
	public List<KosgebApplication> findAll(List<Long> applicationIds) {
		return this.queries.findAll(applicationIds);
	}

	/** See {@link ApplicationQueries#timeline}. */
	public List<AuditEntry> timeline(Long applicationId) {
		return this.queries.timeline(applicationId);
	}

	/** See {@link ApplicationQueries#applicantTimeline}. */
	public List<TimelineEntry> applicantTimeline(KosgebApplication application) {
		return this.queries.applicantTimeline(application);
	}

	/** See {@link ApplicationQueries#documents}. */
	public List<DocumentRef> documents(Long applicationId) {
		return this.queries.documents(applicationId);
	}

	/** See {@link ApplicationQueries#protocolBanks}. */
	public List<ProtocolBank> protocolBanks() {
		return this.queries.protocolBanks();
	}

	/** See {@link ApplicationChecks#liveEligibility}. */
	public EligibilityReport liveEligibility(KosgebApplication application, Locale locale) {
		return this.checks.liveEligibility(application, locale);
	}

	/** See {@link ApplicationChecks#frozenEligibility}. */
	public Optional<EligibilityReport> frozenEligibility(KosgebApplication application) {
		return this.checks.frozenEligibility(application);
	}

	/** See {@link ApplicationChecks#blockers}. */
	public List<Blocker> blockers(KosgebApplication application, List<DocumentRef> documents) {
		return this.checks.blockers(application, documents);
	}

	// --- the draft ---

	/** See {@link ApplicationDrafts#startDraft}. */
	public KosgebApplication startDraft(DestekUser applicant) {
		return this.drafts.startDraft(applicant);
	}

	/** See {@link ApplicationDrafts#saveReport}. */
	public KosgebApplication saveReport(DestekUser applicant, long expectedVersion, MaturityReport report) {
		return this.drafts.saveReport(applicant, expectedVersion, report);
	}

	/** See {@link ApplicationDrafts#saveSections}. */
	public KosgebApplication saveSections(DestekUser applicant, long expectedVersion, MaturityReport report,
			String bankCode) {
		return this.drafts.saveSections(applicant, expectedVersion, report, bankCode);
	}

	/** See {@link ApplicationDrafts#choosePreferredBank}. */
	public KosgebApplication choosePreferredBank(DestekUser applicant, long expectedVersion, String bankCode) {
		return this.drafts.choosePreferredBank(applicant, expectedVersion, bankCode);
	}

	/** See {@link ApplicationDrafts#addExpenseItem}. */
	public KosgebApplication addExpenseItem(DestekUser applicant, long expectedVersion, ExpenseItemData data) {
		return this.drafts.addExpenseItem(applicant, expectedVersion, data);
	}

	/** See {@link ApplicationDrafts#updateExpenseItem}. */
	public KosgebApplication updateExpenseItem(DestekUser applicant, long expectedVersion, Long itemId,
			ExpenseItemData data) {
		return this.drafts.updateExpenseItem(applicant, expectedVersion, itemId, data);
	}

	/** See {@link ApplicationDrafts#removeExpenseItem}. */
	public KosgebApplication removeExpenseItem(DestekUser applicant, long expectedVersion, Long itemId) {
		return this.drafts.removeExpenseItem(applicant, expectedVersion, itemId);
	}

	/** See {@link ApplicationDrafts#uploadDocument}. */
	public DocumentRef uploadDocument(DestekUser applicant, DocumentCategory category, MultipartFile file) {
		return this.drafts.uploadDocument(applicant, category, file);
	}

	/** See {@link ApplicationDrafts#removeDocument}. */
	public void removeDocument(DestekUser applicant, Long documentId) {
		this.drafts.removeDocument(applicant, documentId);
	}

	// --- submission and resubmission ---

	/** See {@link ApplicationSubmissions#submit}. */
	public KosgebApplication submit(DestekUser applicant, long expectedVersion, boolean commitmentApproved,
			String commitmentVersion, Locale locale) {
		return this.submissions.submit(applicant, expectedVersion, commitmentApproved, commitmentVersion, locale);
	}

	/** See {@link ApplicationSubmissions#resubmit}. */
	public KosgebApplication resubmit(DestekUser applicant, long expectedVersion, boolean commitmentApproved,
			String commitmentVersion, Locale locale) {
		return this.submissions.resubmit(applicant, expectedVersion, commitmentApproved, commitmentVersion, locale);
	}

}
