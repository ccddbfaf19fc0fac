package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.identity.DestekUser;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;

/**
 * The applicant's draft of the Başvuru Formu (FRM.34.00.01): starting it (one per
 * enterprise, MADDE 5(3)), the maturity report, the preferred protocol bank (MADDE 8(4),
 * 14), the expense items and the documents, each change only while its part is open (a
 * draft, or the parts a correction reopened, MADDE 9(3)). Every change is audited with
 * the state before and after, in the same transaction.
 */
@Service
public class ApplicationDrafts {

	private static final String ENTITY = KosgebApplicationService.ENTITY;

	private final KosgebApplicationRepository applications;

	private final OwnApplications own;

	private final ApplicationQueries queries;

	private final DocumentStore documents;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ApplicationDrafts(KosgebApplicationRepository applications, OwnApplications own, ApplicationQueries queries,
			DocumentStore documents, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
		this.applications = applications;
		this.own = own;
		this.queries = queries;
		this.documents = documents;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Starts the enterprise's draft.
	 * @throws ApplicationAlreadyExistsException when the enterprise has an application,
	 * whatever its state (MADDE 5(3))
	 */
	@Transactional
	public KosgebApplication startDraft(DestekUser applicant) {
		Long enterpriseId = OwnApplications.requireApplicant(applicant);
		Optional<KosgebApplication> existing = this.applications.findByEnterpriseId(enterpriseId);
		if (existing.isPresent()) {
			throw new ApplicationAlreadyExistsException(existing.get().getReference(), existing.get().getStatus());
		}
		Short province = this.jdbc.queryForObject("select province_code from enterprise where id = ?", Short.class,
				enterpriseId);
		LocalDate today = DestekTime.today(this.clock);
		String reference = "DD-" + today.getYear() + "-"
				+ String.format(Locale.ROOT, "%06d", this.applications.nextNumber());
		KosgebApplication application = new KosgebApplication(reference, enterpriseId, province,
				Instant.now(this.clock), applicant.getUsername());
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
		KosgebApplication application = this.own.own(applicant, expectedVersion);
		String before = application.describe() + ", report=" + application.report();
		application.updateReport(report);
		return this.own.saved(application, "KOSGEB_REPORT_SAVED", "Maturity report details saved", before,
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
		KosgebApplication application = this.own.own(applicant, expectedVersion);
		// a part not open to change refuses a change (the aggregate throws), as when
		// saved alone
		boolean reportChanged = report != null && !report.equals(application.report());
		boolean bankChanged = bankCode != null && !bankCode.equals(application.getPreferredBankCode());
		if (bankChanged && this.queries.protocolBanks().stream().noneMatch(bank -> bank.code().equals(bankCode))) {
			throw new IllegalArgumentException("not a protocol bank: " + bankCode);
		}
		if (reportChanged) {
			String before = application.describe() + ", report=" + application.report();
			application.updateReport(report);
			this.own.saved(application, "KOSGEB_REPORT_SAVED", "Maturity report details saved", before,
					application.describe() + ", report=" + application.report());
		}
		if (bankChanged) {
			String before = application.describe();
			application.choosePreferredBank(bankCode);
			this.own.saved(application, "KOSGEB_BANK_CHOSEN", "Preferred protocol bank " + bankCode, before,
					application.describe());
		}
		return application;
	}

	/**
	 * @throws IllegalArgumentException when the bank is not an active protocol bank
	 */
	@Transactional
	public KosgebApplication choosePreferredBank(DestekUser applicant, long expectedVersion, String bankCode) {
		KosgebApplication application = this.own.own(applicant, expectedVersion);
		if (this.queries.protocolBanks().stream().noneMatch(bank -> bank.code().equals(bankCode))) {
			throw new IllegalArgumentException("not a protocol bank: " + bankCode);
		}
		String before = application.describe();
		application.choosePreferredBank(bankCode);
		return this.own.saved(application, "KOSGEB_BANK_CHOSEN", "Preferred protocol bank " + bankCode, before,
				application.describe());
	}

	@Transactional
	public KosgebApplication addExpenseItem(DestekUser applicant, long expectedVersion, ExpenseItemData data) {
		KosgebApplication application = this.own.own(applicant, expectedVersion);
		String before = application.describe();
		ExpenseItem item = application.addExpenseItem(data);
		return this.own.saved(application, "KOSGEB_ITEM_ADDED", "Expense item added: " + item.describe(), before,
				application.describe());
	}

	@Transactional
	public KosgebApplication updateExpenseItem(DestekUser applicant, long expectedVersion, Long itemId,
			ExpenseItemData data) {
		KosgebApplication application = this.own.ownWithItem(applicant, expectedVersion, itemId);
		String before = application.describe() + "; " + application.expenseItem(itemId).describe();
		ExpenseItem item = application.updateExpenseItem(itemId, data);
		return this.own.saved(application, "KOSGEB_ITEM_CHANGED", "Expense item changed", before,
				application.describe() + "; " + item.describe());
	}

	@Transactional
	public KosgebApplication removeExpenseItem(DestekUser applicant, long expectedVersion, Long itemId) {
		KosgebApplication application = this.own.ownWithItem(applicant, expectedVersion, itemId);
		String before = application.describe() + "; " + application.expenseItem(itemId).describe();
		application.removeExpenseItem(itemId);
		return this.own.saved(application, "KOSGEB_ITEM_REMOVED", "Expense item removed", before,
				application.describe());
	}

	/**
	 * Stores an upload (checked by its content by the document store) while documents are
	 * editable.
	 * @throws tr.destek.document.DocumentRejectedException when the file is refused
	 */
	@Transactional
	public DocumentRef uploadDocument(DestekUser applicant, DocumentCategory category, MultipartFile file) {
		KosgebApplication application = this.own.own(applicant, null);
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
		KosgebApplication application = this.own.own(applicant, null);
		DocumentRef ref = this.documents.find(documentId)
			.filter(d -> ENTITY.equals(d.ownerType()) && String.valueOf(application.getId()).equals(d.ownerId()))
			.orElseThrow(NotFoundException::new);
		application.requireEditable(ApplicationPart.DOCUMENTS, "remove documents of");
		this.documents.remove(ref.id());
		this.audit.record("KOSGEB_DOCUMENT_REMOVED", ENTITY, application.getId(),
				"Document " + ref.category() + " removed: " + ref.filename(),
				"document=" + ref.id() + ", category=" + ref.category() + ", sha256=" + ref.sha256(), null);
	}

}
