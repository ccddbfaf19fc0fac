package tr.destek.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.audit.AuditTrail;
import tr.destek.board.DecisionService;
import tr.destek.calendar.Deadline;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.credit.SubsidyQuarter;
import tr.destek.document.DocumentContent;
import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.KosgebAccess;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.loan.DisbursedLoan;
import tr.destek.loan.FinancedItem;
import tr.destek.loan.LoanQueries;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * Payment requests and approvals of MADDE 15: the applicant's Ödeme Talep Formu per loan
 * installment period with invoices, the installment's payment proof and the current
 * İşletme Değerlendirme Raporu; its checks; the expert's Ödeme Oluru with the debts as of
 * the approval date; the unit manager's approval into an immutable payment. An applicant
 * sees only its own enterprise's requests and payments, staff only those of their
 * province unit (everything else is 404).
 */
@Service
public class PaymentService {

	public static final String ENTITY = "PaymentRequest";

	public static final String PAYMENT_ENTITY = "Payment";

	/** Document categories of a request. */
	public static final String PROOF = "INSTALLMENT_PROOF";

	public static final String REPORT = "BUSINESS_REPORT";

	public static final String INVOICE = "INVOICE";

	private static final List<String> DOCUMENT_OWNERS = List.of(PaymentRequest.DOCUMENT_OWNER, Invoice.DOCUMENT_OWNER,
			InspectedItem.PHOTO_OWNER);

	private final PaymentRequestRepository requests;

	private final PaymentRepository payments;

	private final InspectionService inspections;

	private final KosgebApplicationService applications;

	private final KosgebAccess access;

	private final DecisionService decisions;

	private final LoanQueries loans;

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final DocumentStore documents;

	private final EnterpriseService enterprises;

	private final UserAccountService users;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final Clock clock;

	PaymentService(PaymentRequestRepository requests, PaymentRepository payments, InspectionService inspections,
			KosgebApplicationService applications, KosgebAccess access, DecisionService decisions, LoanQueries loans,
			DeadlineCalendar calendar, ProgrammeParameters parameters, DocumentStore documents,
			EnterpriseService enterprises, UserAccountService users, Notifier notifier, AuditTrail audit, Clock clock) {
		this.requests = requests;
		this.payments = payments;
		this.inspections = inspections;
		this.applications = applications;
		this.access = access;
		this.decisions = decisions;
		this.loans = loans;
		this.calendar = calendar;
		this.parameters = parameters;
		this.documents = documents;
		this.enterprises = enterprises;
		this.users = users;
		this.notifier = notifier;
		this.audit = audit;
		this.clock = clock;
	}

	/** An invoice as the applicant enters it. */
	public record InvoiceData(String number, LocalDate date, String supplierVkn, Long expenseItemId,
			BigDecimal amountExclVat, BigDecimal vatAmount) {
	}

	/** A loan with its requests and payments, for the payments pages. */
	public record LoanPayments(DisbursedLoan loan, List<PaymentRequest> requests, List<Payment> payments,
			LocalDate assetLockUntil, Deadline requestDeadline) {

		public Optional<PaymentRequest> requestFor(int quarter) {
			return this.requests.stream().filter(r -> r.getQuarterNumber() == quarter).findFirst();
		}

		public Optional<Payment> paymentFor(int quarter) {
			return this.payments.stream().filter(p -> p.getQuarterNumber() == quarter).findFirst();
		}

	}

	/** The payments overview of an application. */
	public record Overview(KosgebApplication application, List<LoanPayments> loans,
			List<InspectionService.ItemState> items) {

		/**
		 * The message key (citing MADDE 17(2) or 17(5)) when pending payments of the
		 * application stopped, otherwise {@code null}.
		 */
		public String stopped() {
			return stoppedKey(this.application.getStatus());
		}

		public BigDecimal totalPaidToEnterprise() {
			return sum(p -> p.getPaidToEnterprise());
		}

		public BigDecimal totalOffset() {
			return sum(p -> p.getPaidToTaxOffice().add(p.getPaidToSgk()));
		}

		public BigDecimal totalWithheld() {
			return sum(Payment::getWithheld);
		}

		private BigDecimal sum(java.util.function.Function<Payment, BigDecimal> amount) {
			return this.loans.stream()
				.flatMap(l -> l.payments().stream())
				.map(amount)
				.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		}

	}

	/** A request with everything its pages and forms show. */
	public record RequestView(PaymentRequest request, KosgebApplication application, DisbursedLoan loan,
			SubsidyQuarter quarter, List<PaymentCheck> checks, List<DocumentRef> documents,
			Map<String, List<DocumentRef>> invoiceDocuments, PaymentCalculation.Result preview, BigDecimal debtLimit,
			Optional<Payment> payment, LocalDate assetLockUntil, List<String> blockers) {

		/**
		 * The message key (citing MADDE 17(2) or 17(5)) when this request was not paid
		 * and the application's pending payments stopped, otherwise {@code null}.
		 */
		public String stopped() {
			return (this.request.getStatus() == PaymentRequestStatus.APPROVED) ? null
					: stoppedKey(this.application.getStatus());
		}

		public Optional<DocumentRef> document(String category) {
			return this.documents.stream().filter(d -> d.category().equals(category)).findFirst();
		}

		public boolean submittable() {
			return stopped() == null && this.checks.stream().noneMatch(PaymentCheck::failed);
		}

		/**
		 * The invoices without a stored scan (MADDE 15(2),(3)): shown as "fatura dosyası
		 * eksik" and blocking the oluru.
		 */
		public List<Invoice> invoicesWithoutFile() {
			return PaymentService.invoicesWithoutFile(this.request, this.invoiceDocuments);
		}

		public boolean fileMissing(Invoice invoice) {
			return this.invoiceDocuments.getOrDefault(String.valueOf(invoice.getId()), List.of()).isEmpty();
		}

		public String itemDescription(Long expenseItemId) {
			return this.loan.items()
				.stream()
				.filter(i -> i.expenseItemId().equals(expenseItemId))
				.map(FinancedItem::description)
				.findFirst()
				.orElse("—");
		}

	}

	/**
	 * A request in the unit's queue; {@code stopped} is the message key (citing MADDE
	 * 17(2) or 17(5)) when it is still pending but the application's payments stopped.
	 */
	public record QueueRow(PaymentRequest request, String stopped) {
	}

	// ---------------------------------------------------------------- applicant side

	/**
	 * The applicant's own application with its loans, requests and payments; 404 if none.
	 */
	@Transactional(readOnly = true)
	public Overview overviewForApplicant(DestekUser applicant) {
		KosgebApplication application = ownApplication(applicant);
		return overview(application);
	}

	private Overview overview(KosgebApplication application) {
		List<PaymentRequest> allRequests = this.requests.findForApplication(application.getId());
		List<Payment> allPayments = this.payments.findForApplication(application.getId());
		List<LoanPayments> result = new ArrayList<>();
		for (DisbursedLoan loan : this.loans.disbursedFor(application.getId())) {
			result.add(new LoanPayments(loan,
					allRequests.stream().filter(r -> r.getLoanId().equals(loan.loanId())).toList(),
					allPayments.stream().filter(p -> p.getLoanId().equals(loan.loanId())).toList(),
					assetLockUntil(loan), requestDeadline(loan)));
		}
		return new Overview(application, result, this.inspections.itemStates(application.getId()));
	}

	/**
	 * Opens the Ödeme Talep Formu of one installment period of a loan (MADDE 15(1),(8)):
	 * one request per period; the installment must be due.
	 */
	@Transactional
	public PaymentRequest open(DestekUser applicant, Long loanId, int quarterNumber, LocalDate paidOn) {
		KosgebApplication application = ownApplication(applicant);
		refuseWhenStopped(application);
		DisbursedLoan loan = this.loans.disbursed(loanId)
			.filter(l -> l.applicationId().equals(application.getId()))
			.orElseThrow(NotFoundException::new);
		SubsidyQuarter quarter = loan.schedule()
			.stream()
			.filter(q -> q.number() == quarterNumber)
			.findFirst()
			.orElseThrow(() -> PaymentRuleException.onField("quarter", "payment.request.quarter.unknown"));
		if (quarter.dueDate().isAfter(today())) {
			// MADDE 15(1): a request follows the payment of the due installment
			throw PaymentRuleException.onField("quarter", "payment.request.quarter.not-due", quarter.dueDate());
		}
		if (paidOn == null || paidOn.isAfter(today())) {
			throw PaymentRuleException.onField("paidOn", "payment.request.paid-on.future");
		}
		if (this.requests.existsByLoanIdAndQuarterNumber(loanId, quarterNumber)) {
			// MADDE 15(8): a separate form for each installment period, only one
			throw PaymentRuleException.onField("quarter", "payment.request.duplicate", quarterNumber);
		}
		PaymentRequest request = new PaymentRequest(application.getId(), application.getEnterpriseId(),
				application.getProvinceCode(), loanId, quarterNumber, quarter.dueDate(), paidOn,
				Instant.now(this.clock), applicant.getUsername());
		try {
			this.requests.saveAndFlush(request);
		}
		catch (DataIntegrityViolationException ex) {
			// MADDE 15(8): the same period opened at the same instant; the unique
			// (loan, quarter) constraint let the other one through
			throw PaymentRuleException.onField("quarter", "payment.request.duplicate", quarterNumber);
		}
		this.audit.record("PAYMENT_REQUEST_OPENED", ENTITY, request.getId(),
				"Payment request opened for loan " + loanId + " quarter " + quarterNumber, null, request.describe());
		return request;
	}

	/**
	 * A request the signed-in user may see (own enterprise, or staff of its unit); 404.
	 */
	@Transactional(readOnly = true)
	public RequestView view(DestekUser user, Long requestId) {
		PaymentRequest request = visible(user, requestId);
		return view(request);
	}

	/**
	 * Adds an invoice with its scan (PDF or picture, content-checked). MADDE 15(1),(9).
	 */
	@Transactional
	public Invoice addInvoice(DestekUser applicant, Long requestId, long version, InvoiceData data,
			MultipartFile file) {
		PaymentRequest request = own(applicant, requestId, version);
		DisbursedLoan loan = loan(request);
		if (loan.items().stream().noneMatch(i -> i.expenseItemId().equals(data.expenseItemId()))) {
			throw PaymentRuleException.onField("expenseItemId", "payment.invoice.item.unknown");
		}
		if (file == null || file.isEmpty()) {
			throw PaymentRuleException.onField("file", "payment.invoice.file.required");
		}
		String before = request.describe();
		Invoice invoice = request.addInvoice(data.number().strip(), data.date(), data.supplierVkn().strip(),
				data.expenseItemId(), data.amountExclVat().setScale(2, java.math.RoundingMode.HALF_UP),
				data.vatAmount().setScale(2, java.math.RoundingMode.HALF_UP));
		// flush the managed request (no merge): the cascade persists this very invoice,
		// so
		// it has its id before its scan is stored under it (issue #9: scans stored under
		// "null" were lost evidence)
		this.requests.flush();
		if (invoice.getId() == null) {
			throw new IllegalStateException("invoice of request " + requestId + " has no id after flush");
		}
		this.documents.store(request.getEnterpriseId(), Invoice.DOCUMENT_OWNER, String.valueOf(invoice.getId()),
				INVOICE, file);
		this.audit.record("PAYMENT_INVOICE_ADDED", ENTITY, requestId,
				"Invoice " + invoice.getNumber() + " of " + invoice.getDate() + " added", before, request.describe());
		return invoice;
	}

	/**
	 * Removes an invoice and its scan. The invoice is looked up through the caller's own
	 * request (another request's invoice is 404, whatever its enterprise); only a draft's
	 * invoices can be removed (MADDE 15(1): the form with its invoices is what was
	 * submitted).
	 */
	@Transactional
	public void removeInvoice(DestekUser applicant, Long requestId, long version, Long invoiceId) {
		PaymentRequest request = own(applicant, requestId, version);
		Invoice invoice = request.invoice(invoiceId).orElseThrow(NotFoundException::new);
		String before = request.describe();
		request.removeInvoice(invoice);
		this.documents.list(Invoice.DOCUMENT_OWNER, String.valueOf(invoice.getId()))
			.forEach(d -> this.documents.remove(d.id()));
		this.audit.record("PAYMENT_INVOICE_REMOVED", ENTITY, requestId,
				"Invoice " + invoice.getNumber() + " (" + invoice.getId() + ") removed", before, request.describe());
	}

	/**
	 * Uploads the installment's payment proof (MADDE 15(1)) or the current İşletme
	 * Değerlendirme Raporu (MADDE 15(2)), replacing an earlier one.
	 */
	@Transactional
	public DocumentRef upload(DestekUser applicant, Long requestId, long version, String category, MultipartFile file) {
		PaymentRequest request = own(applicant, requestId, version);
		if (!PROOF.equals(category) && !REPORT.equals(category)) {
			throw new IllegalArgumentException("unknown category " + category);
		}
		if (request.getStatus() != PaymentRequestStatus.DRAFT) {
			throw new PaymentRuleException("payment.request.illegal-transition", request.getStatus().messageKey());
		}
		if (file == null || file.isEmpty()) {
			throw PaymentRuleException.onField("file", "payment.document.required");
		}
		DocumentRef stored = this.documents.store(request.getEnterpriseId(), PaymentRequest.DOCUMENT_OWNER,
				String.valueOf(requestId), category, file);
		this.documents.list(PaymentRequest.DOCUMENT_OWNER, String.valueOf(requestId))
			.stream()
			.filter(d -> d.category().equals(category) && !d.id().equals(stored.id()))
			.forEach(d -> this.documents.remove(d.id()));
		this.audit.record("PAYMENT_DOCUMENT_UPLOADED", ENTITY, requestId, category + " uploaded: " + stored.filename(),
				null, null);
		return stored;
	}

	/**
	 * Submits the Ödeme Talep Formu when none of its checks fails; registers it and tells
	 * the applicant and the responsible expert.
	 */
	@Transactional
	public PaymentRequest submit(DestekUser applicant, Long requestId, long version) {
		PaymentRequest request = own(applicant, requestId, version);
		RequestView view = view(request);
		refuseWhenStopped(view.application());
		if (!view.submittable()) {
			throw new PaymentRuleException("payment.request.checks-failed");
		}
		String before = request.describe();
		request.submit(String.format(Locale.ROOT, "OT-%d-%06d", today().getYear(), this.requests.nextRegistryNumber()),
				Instant.now(this.clock));
		this.audit.record("PAYMENT_REQUEST_SUBMITTED", ENTITY, requestId,
				"Ödeme Talep Formu " + request.getRegistryNumber() + " submitted", before, request.describe());
		String link = "/kosgeb/application/payments/requests/" + requestId;
		this.notifier.notifyEnterprise(request.getEnterpriseId(), "payment.notification.received",
				new Object[] { request.getRegistryNumber(), request.getQuarterNumber() }, link);
		Long staffId = view.application().getAssignedStaffId();
		if (staffId != null) {
			this.notifier.notifyUser(staffId, "payment.notification.to-review",
					new Object[] { request.getRegistryNumber(), view.application().getReference() },
					"/kosgeb/control/payments/requests/" + requestId);
		}
		return request;
	}

	// ---------------------------------------------------------------- staff side

	/**
	 * The requests of the staff member's province unit waiting for or past the review.
	 */
	@Transactional(readOnly = true)
	public List<QueueRow> queue(DestekUser staff) {
		if (staff.getProvinceCode() == null) {
			return List.of();
		}
		List<PaymentRequest> found = this.requests.findInProvince(staff.getProvinceCode(),
				List.of(PaymentRequestStatus.SUBMITTED, PaymentRequestStatus.PREPARED, PaymentRequestStatus.RETURNED,
						PaymentRequestStatus.APPROVED));
		Map<Long, ApplicationStatus> statuses = this.applications
			.statuses(found.stream().map(PaymentRequest::getApplicationId).distinct().toList());
		return found.stream()
			.map(r -> new QueueRow(r,
					(r.getStatus() == PaymentRequestStatus.APPROVED) ? null
							: stoppedKey(statuses.get(r.getApplicationId()))))
			.toList();
	}

	/**
	 * The expert prepares the Ödeme Oluru (MADDE 15(5)): records the overdue debt to
	 * KOSGEB (MADDE 15(19)) and the tax and SGK debt as of today, which must be the
	 * approval date (MADDE 15(8)). Every approved item must have been inspected (MADDE
	 * 15(3)).
	 */
	@Transactional
	public PaymentRequest prepare(DestekUser staff, Long requestId, long version, BigDecimal kosgebOverdueDebt,
			BigDecimal taxDebt, BigDecimal sgkDebt) {
		PaymentRequest request = controlled(staff, requestId, version);
		refuseWhenStopped(this.applications.find(request.getApplicationId()));
		List<InspectionService.ItemState> states = this.inspections.itemStates(request.getApplicationId());
		List<String> missing = states.stream().filter(s -> !s.inspected()).map(s -> s.item().getDescription()).toList();
		if (!missing.isEmpty()) {
			throw new PaymentRuleException("payment.oluru.inspection-missing", String.join(", ", missing));
		}
		List<String> withoutFile = view(request).invoicesWithoutFile().stream().map(Invoice::getNumber).toList();
		if (!withoutFile.isEmpty()) {
			// MADDE 15(2),(3): the invoices are the evidence the payment is made on
			throw new PaymentRuleException("payment.oluru.invoice-file-missing", String.join(", ", withoutFile));
		}
		String before = request.describe();
		request.prepare(money(kosgebOverdueDebt), money(taxDebt), money(sgkDebt), today(), staff.getUsername(),
				Instant.now(this.clock));
		this.audit.record("PAYMENT_OLURU_PREPARED", ENTITY, requestId,
				"Ödeme Oluru prepared for " + request.getRegistryNumber(), before, request.describe());
		for (UserAccount manager : this.users.staffOfProvince(Role.UNIT_MANAGER, request.getProvinceCode())) {
			this.notifier.notifyUser(manager.getId(), "payment.notification.oluru-waiting",
					new Object[] { request.getRegistryNumber() }, "/kosgeb/control/payments/requests/" + requestId);
		}
		return request;
	}

	/**
	 * The unit manager approves the Ödeme Oluru (MADDE 15(5)) into an immutable payment.
	 * Refused with the article when the enterprise owes KOSGEB an overdue debt (MADDE
	 * 15(19)), when the tax/SGK debt was not checked as of the approval date (MADDE
	 * 15(8)) or when a check of the request fails.
	 */
	@Transactional
	public Payment approve(DestekUser manager, Long requestId, long version) {
		// one payment per oluru (MADDE 15(5)): the request row is locked, so a second
		// approval at the same instant waits and then finds the request changed
		this.requests.lockById(requestId).orElseThrow(NotFoundException::new);
		PaymentRequest request = managed(manager, requestId, version);
		if (manager.getUsername().equals(request.getPreparedBy())) {
			// MADDE 15(5): the expert prepares, the unit manager approves — two people
			throw new PaymentRuleException("payment.oluru.same-person");
		}
		RequestView view = view(request);
		refuseWhenStopped(view.application());
		if (!view.blockers().isEmpty()) {
			throw new PaymentRuleException(view.blockers().get(0));
		}
		Enterprise enterprise = this.enterprises.find(request.getEnterpriseId()).orElseThrow();
		String before = request.describe();
		request.approved();
		Payment payment = this.payments
			.saveAndFlush(new Payment(request, enterprise.getTitle(), enterprise.getTaxNumber(), view.loan().bankName(),
					view.preview(), view.debtLimit(), today(), Instant.now(this.clock), manager.getUsername()));
		this.audit.record("PAYMENT_REQUEST_APPROVED", ENTITY, requestId,
				"Ödeme Oluru approved for " + request.getRegistryNumber(), before, request.describe());
		this.audit.record("PAYMENT_APPROVED", PAYMENT_ENTITY, payment.getId(),
				"Payment of quarter " + payment.getQuarterNumber() + " approved", null, payment.describe());
		this.notifier.notifyEnterprise(request.getEnterpriseId(), "payment.notification.approved",
				new Object[] { request.getRegistryNumber(), PaymentCheck.amount(payment.getPaidToEnterprise()),
						PaymentCheck.amount(payment.getPaidToTaxOffice().add(payment.getPaidToSgk())),
						PaymentCheck.amount(payment.getWithheld()) },
				"/kosgeb/application/payments");
		return payment;
	}

	/** The unit manager returns the oluru to the expert with a reason. */
	@Transactional
	public PaymentRequest returnToExpert(DestekUser manager, Long requestId, long version, String reason) {
		PaymentRequest request = managed(manager, requestId, version);
		String before = request.describe();
		request.returnToExpert(reason.strip());
		this.audit.record("PAYMENT_OLURU_RETURNED", ENTITY, requestId,
				"Ödeme Oluru returned to the expert: " + reason.strip(), before, request.describe());
		UserAccount preparer = this.users.findByEmail(request.getPreparedBy()).orElse(null);
		if (preparer != null) {
			this.notifier.notifyUser(preparer.getId(), "payment.notification.returned",
					new Object[] { request.getRegistryNumber(), reason.strip() },
					"/kosgeb/control/payments/requests/" + requestId);
		}
		return request;
	}

	/**
	 * The payments ledger: approved payments between two approval dates; staff of a
	 * province unit see their province only.
	 */
	@Transactional(readOnly = true)
	public List<Payment> ledger(DestekUser staff, Short province, LocalDate from, LocalDate to) {
		Short scope = (staff.getProvinceCode() != null) ? staff.getProvinceCode() : province;
		if (scope == null) {
			return this.payments.findLedger(from, to);
		}
		return this.payments.findLedger(scope, from, to);
	}

	/**
	 * A payment of the applicant's own enterprise, or of the staff member's unit; 404.
	 */
	@Transactional(readOnly = true)
	public Payment payment(DestekUser user, Long requestId) {
		PaymentRequest request = visible(user, requestId);
		return this.payments.findForRequest(request.getId()).orElseThrow(NotFoundException::new);
	}

	/**
	 * A document of a payment request, an invoice or an inspection, for the applicant
	 * users of its enterprise and the staff of its province unit; 404 for anyone else.
	 */
	@Transactional(readOnly = true)
	public DocumentContent document(DestekUser user, Long documentId) {
		DocumentRef ref = this.documents.find(documentId)
			.filter(d -> DOCUMENT_OWNERS.contains(d.ownerType()) && d.enterpriseId() != null)
			.orElseThrow(NotFoundException::new);
		if (user.hasRole(Role.APPLICANT)) {
			if (!ref.enterpriseId().equals(user.getEnterpriseId())) {
				throw new NotFoundException();
			}
		}
		else {
			KosgebApplication application = this.applications.findForEnterprise(ref.enterpriseId())
				.orElseThrow(NotFoundException::new);
			if (!this.access.mayView(user, application)) {
				throw new NotFoundException();
			}
		}
		return this.documents.open(ref.id()).orElseThrow(NotFoundException::new);
	}

	// ---------------------------------------------------------------- rules

	/**
	 * MADDE 17(2): when the programme was not completed successfully (no new maturity
	 * level even after the notice) pending support payments are not made; MADDE 17(5):
	 * the same when the board terminated the programme. The kosgeb status the monitoring
	 * sets while the application is ACCEPTED is the source.
	 * @return the message key explaining the stop, or {@code null} when payments go on
	 */
	public static String stoppedKey(ApplicationStatus status) {
		if (status == ApplicationStatus.UNSUCCESSFUL) {
			return "payment.stopped.unsuccessful";
		}
		if (status == ApplicationStatus.TERMINATED) {
			return "payment.stopped.terminated";
		}
		return null;
	}

	private static void refuseWhenStopped(KosgebApplication application) {
		String stopped = stoppedKey(application.getStatus());
		if (stopped != null) {
			throw new PaymentRuleException(stopped);
		}
	}

	/**
	 * MADDE 18(12): assets bought may not be sold, rented or pledged until one year after
	 * the last loan maturity, counted with the calendar's YEARS rule (MADDE 18(14)). The
	 * lock is a prohibition, not an act to perform, so the last day is not moved to a
	 * working day.
	 */
	public LocalDate assetLockUntil(DisbursedLoan loan) {
		return this.calendar.deadline(loan.lastMaturity(), 1, PeriodUnit.YEARS, Delivery.ELECTRONIC).lastDay();
	}

	/** MADDE 15(18): the request at the latest 4 months after the last maturity. */
	public Deadline requestDeadline(DisbursedLoan loan) {
		int months = this.parameters.integer(ParameterScope.KOSGEB_DT, "payment.request-deadline-months",
				loan.lastMaturity());
		return this.calendar.deadline(loan.lastMaturity(), months, PeriodUnit.MONTHS, Delivery.ELECTRONIC);
	}

	/**
	 * MADDE 6(5), 15(17): the last day of the programme period, counted from the registry
	 * date of the first board decision with the calendar's MONTHS rule (MADDE 18(14)).
	 */
	public LocalDate programmeEnd(LocalDate programmeStart) {
		int months = this.parameters.integer(ParameterScope.KOSGEB_DT, "programme.duration-months", programmeStart);
		return this.calendar.deadline(programmeStart, months, PeriodUnit.MONTHS, Delivery.ELECTRONIC).lastDay();
	}

	private RequestView view(PaymentRequest request) {
		KosgebApplication application = this.applications.find(request.getApplicationId());
		DisbursedLoan loan = loan(request);
		SubsidyQuarter quarter = loan.schedule()
			.stream()
			.filter(q -> q.number() == request.getQuarterNumber())
			.findFirst()
			.orElseThrow();
		List<DocumentRef> docs = this.documents.list(PaymentRequest.DOCUMENT_OWNER, String.valueOf(request.getId()));
		Map<String, List<DocumentRef>> invoiceDocs = this.documents.listAll(Invoice.DOCUMENT_OWNER,
				request.getInvoices().stream().map(i -> String.valueOf(i.getId())).toList());
		LocalDate start = this.decisions.programmeStart(request.getApplicationId()).orElse(null);
		Instant requestedAt = (request.getSubmittedAt() != null) ? request.getSubmittedAt() : Instant.now(this.clock);
		PaymentChecks.Facts facts = new PaymentChecks.Facts(start, (start != null) ? programmeEnd(start) : null,
				request.getInvoices()
					.stream()
					.map(i -> new PaymentChecks.InvoiceFact(i.getNumber(), i.getDate()))
					.toList(),
				requestDeadline(loan), loan.lastMaturity(), requestedAt, request.getDueDate(), today(),
				request.getInstallmentPaidOn(), docs.stream().anyMatch(d -> d.category().equals(PROOF)),
				docs.stream().anyMatch(d -> d.category().equals(REPORT)), request.getKosgebOverdueDebt());
		boolean draft = request.getStatus() == PaymentRequestStatus.DRAFT;
		List<PaymentCheck> checks = draft ? PaymentChecks.applicantChecks(facts) : PaymentChecks.allChecks(facts);
		Optional<Payment> payment = this.payments.findForRequest(request.getId());
		BigDecimal limit = this.parameters.decimal(ParameterScope.KOSGEB_DT, "payment.debt-offset-limit", today());
		PaymentCalculation.Result preview = null;
		List<String> blockers = new ArrayList<>();
		if (request.getStatus() == PaymentRequestStatus.PREPARED) {
			preview = calculate(request, loan, quarter, limit);
			String stopped = stoppedKey(application.getStatus());
			if (stopped != null) {
				blockers.add(stopped);
			}
			for (PaymentCheck check : checks) {
				String blocker = "kosgeb-debt".equals(check.code()) ? "payment.oluru.blocked.kosgeb-debt"
						: "payment.oluru.blocked.checks";
				if (check.failed() && !blockers.contains(blocker)) {
					blockers.add(blocker);
				}
			}
			if (!invoicesWithoutFile(request, invoiceDocs).isEmpty()) {
				// MADDE 15(2),(3): every invoice needs its scan
				blockers.add("payment.oluru.blocked.invoice-file-missing");
			}
			if (!today().equals(request.getDebtsAsOf())) {
				// MADDE 15(8): tax/SGK debt as of the approval date
				blockers.add("payment.oluru.blocked.debts-date");
			}
		}
		return new RequestView(request, application, loan, quarter, checks, docs, invoiceDocs, preview, limit, payment,
				assetLockUntil(loan), blockers);
	}

	/**
	 * MADDE 15(4),(7): the quarter's subsidy split over the financed items, a failed
	 * item's share withheld with the Tespit Tutanağı that failed it, and the debt offset.
	 */
	private PaymentCalculation.Result calculate(PaymentRequest request, DisbursedLoan loan, SubsidyQuarter quarter,
			BigDecimal limit) {
		Map<Long, InspectionService.ItemState> states = new java.util.HashMap<>();
		this.inspections.itemStates(request.getApplicationId())
			.forEach(s -> states.put(s.item().getExpenseItemId(), s));
		List<PaymentCalculation.Item> items = new ArrayList<>();
		for (FinancedItem item : loan.items()) {
			InspectionService.ItemState state = states.get(item.expenseItemId());
			String reason = null;
			if (state == null || !state.inspected()) {
				// prepare() refuses an oluru with uninspected items; kept for safety
				reason = "MADDE 15(3)";
			}
			else if (state.failed()) {
				InspectedItem line = state.latest();
				reason = "MADDE 15(4): " + line.getInspection().getRegistryNumber() + " ("
						+ line.getInspection().getVisitDate() + "): " + line.getNote();
			}
			items.add(new PaymentCalculation.Item(item.expenseItemId(), item.description(), item.amount(), reason));
		}
		return PaymentCalculation.calculate(quarter.interest(), items, zero(request.getTaxDebt()),
				zero(request.getSgkDebt()), limit);
	}

	static List<Invoice> invoicesWithoutFile(PaymentRequest request, Map<String, List<DocumentRef>> invoiceDocs) {
		return request.getInvoices()
			.stream()
			.filter(i -> invoiceDocs.getOrDefault(String.valueOf(i.getId()), List.of()).isEmpty())
			.toList();
	}

	private KosgebApplication ownApplication(DestekUser applicant) {
		if (applicant.getEnterpriseId() == null) {
			throw new NotFoundException();
		}
		return this.applications.findForEnterprise(applicant.getEnterpriseId()).orElseThrow(NotFoundException::new);
	}

	private PaymentRequest visible(DestekUser user, Long requestId) {
		PaymentRequest request = this.requests.findWithInvoices(requestId).orElseThrow(NotFoundException::new);
		if (user.hasRole(Role.APPLICANT)) {
			if (!request.getEnterpriseId().equals(user.getEnterpriseId())) {
				throw new NotFoundException();
			}
			return request;
		}
		if (!this.access.mayView(user, this.applications.find(request.getApplicationId()))) {
			throw new NotFoundException();
		}
		return request;
	}

	private PaymentRequest own(DestekUser applicant, Long requestId, long version) {
		PaymentRequest request = this.requests.findWithInvoices(requestId).orElseThrow(NotFoundException::new);
		if (!applicant.hasRole(Role.APPLICANT) || !request.getEnterpriseId().equals(applicant.getEnterpriseId())) {
			throw new NotFoundException();
		}
		return checkVersion(request, version);
	}

	private PaymentRequest controlled(DestekUser staff, Long requestId, long version) {
		PaymentRequest request = this.requests.findWithInvoices(requestId).orElseThrow(NotFoundException::new);
		if (!this.access.mayControl(staff, this.applications.find(request.getApplicationId()))) {
			throw new NotFoundException();
		}
		return checkVersion(request, version);
	}

	/** MADDE 15(5): only the unit manager of the application's province approves. */
	private PaymentRequest managed(DestekUser manager, Long requestId, long version) {
		PaymentRequest request = controlled(manager, requestId, version);
		if (!manager.hasRole(Role.UNIT_MANAGER)) {
			throw new PaymentRuleException("payment.oluru.manager-only");
		}
		return request;
	}

	private static PaymentRequest checkVersion(PaymentRequest request, long version) {
		if (request.getVersion() != version) {
			throw new OptimisticLockingFailureException("payment request " + request.getId() + " changed meanwhile");
		}
		return request;
	}

	private DisbursedLoan loan(PaymentRequest request) {
		return this.loans.disbursed(request.getLoanId()).orElseThrow(NotFoundException::new);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

	private static BigDecimal money(BigDecimal amount) {
		return (amount == null) ? BigDecimal.ZERO.setScale(2) : DebtOffset.money(amount);
	}

	private static BigDecimal zero(BigDecimal amount) {
		return (amount == null) ? BigDecimal.ZERO.setScale(2) : amount;
	}

}
