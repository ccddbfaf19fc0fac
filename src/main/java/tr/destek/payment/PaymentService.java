package tr.destek.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.calendar.Deadline;
import tr.destek.document.DocumentContent;
import tr.destek.document.DocumentRef;
import tr.destek.identity.DestekUser;
import tr.destek.platform.FileLabel;

/**
 * The payment module's API for payment requests and approvals of MADDE 15, for any
 * programme's files (through {@link PayableFiles} and {@link SupportGrants}): the
 * applicant's Ödeme Talep Formu per period of a disbursed schedule with invoices, the
 * installment's payment proof and the current İşletme Değerlendirme Raporu
 * ({@link PaymentRequests}); the expert's Ödeme Oluru with the debts as of the approval
 * date and the unit manager's approval into an immutable payment
 * ({@link PaymentApprovals}); the queue, the ledger and the documents
 * ({@link PaymentLedger}). An applicant sees only its own enterprise's requests and
 * payments, staff only those the programme's access rule allows (everything else is 404).
 */
@Service
public class PaymentService {

	public static final String ENTITY = "PaymentRequest";

	public static final String PAYMENT_ENTITY = "Payment";

	/** Document categories of a request. */
	public static final String PROOF = "INSTALLMENT_PROOF";

	public static final String REPORT = "BUSINESS_REPORT";

	public static final String INVOICE = "INVOICE";

	private final PaymentRequests requests;

	private final PaymentApprovals approvals;

	private final PaymentLedger ledger;

	private final PaymentViews views;

	private final PaymentPorts ports;

	private final PaymentRules rules;

	PaymentService(PaymentRequests requests, PaymentApprovals approvals, PaymentLedger ledger, PaymentViews views,
			PaymentPorts ports, PaymentRules rules) {
		this.requests = requests;
		this.approvals = approvals;
		this.ledger = ledger;
		this.views = views;
		this.ports = ports;
		this.rules = rules;
	}

	/** An invoice as the applicant enters it. */
	public record InvoiceData(String number, LocalDate date, String supplierVkn, Long expenseItemId,
			BigDecimal amountExclVat, BigDecimal vatAmount) {
	}

	/** A disbursed schedule with its requests and payments, for the payments pages. */
	public record SchedulePayments(SupportSchedule schedule, List<PaymentRequest> requests, List<Payment> payments,
			LocalDate assetLockUntil, Deadline requestDeadline) {

		public Optional<PaymentRequest> requestFor(int quarter) {
			return this.requests.stream().filter(r -> r.getQuarterNumber() == quarter).findFirst();
		}

		public Optional<Payment> paymentFor(int quarter) {
			return this.payments.stream().filter(p -> p.getQuarterNumber() == quarter).findFirst();
		}

	}

	/** The payments overview of a file. */
	public record Overview(PayableFile file, List<SchedulePayments> schedules,
			List<InspectionService.ItemState> items) {

		/**
		 * The message key (citing MADDE 17(2) or 17(5)) when pending payments of the file
		 * stopped, otherwise {@code null}.
		 */
		public String stopped() {
			return this.file.stoppedKey();
		}

		public BigDecimal totalPaidToEnterprise() {
			return sum(Payment::getPaidToEnterprise);
		}

		public BigDecimal totalOffset() {
			return sum(p -> p.getPaidToTaxOffice().add(p.getPaidToSgk()));
		}

		public BigDecimal totalWithheld() {
			return sum(Payment::getWithheld);
		}

		private BigDecimal sum(java.util.function.Function<Payment, BigDecimal> amount) {
			return this.schedules.stream()
				.flatMap(l -> l.payments().stream())
				.map(amount)
				.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		}

	}

	/** A request with everything its pages and forms show. */
	public record RequestView(PaymentRequest request, PayableFile file, SupportSchedule schedule,
			SupportSchedule.Period period, List<PaymentCheck> checks, List<DocumentRef> documents,
			Map<String, List<DocumentRef>> invoiceDocuments, PaymentCalculation.Result preview, BigDecimal debtLimit,
			Optional<Payment> payment, LocalDate assetLockUntil, List<String> blockers) {

		/**
		 * The message key (citing MADDE 17(2) or 17(5)) when this request was not paid
		 * and the file's pending payments stopped, otherwise {@code null}.
		 */
		public String stopped() {
			return (this.request.getStatus() == PaymentRequestStatus.APPROVED) ? null : this.file.stoppedKey();
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
			return this.schedule.items()
				.stream()
				.filter(i -> i.expenseItemId().equals(expenseItemId))
				.map(SupportSchedule.Item::description)
				.findFirst()
				.orElse("—");
		}

	}

	/**
	 * A request in the unit's queue; {@code stopped} is the message key (citing MADDE
	 * 17(2) or 17(5)) when it is still pending but the file's payments stopped.
	 */
	public record QueueRow(PaymentRequest request, String stopped) {
	}

	// ---------------------------------------------------------------- applicant side

	/**
	 * The applicant's own file with its schedules, requests and payments; 404 if none.
	 */
	@Transactional(readOnly = true)
	public Overview overviewForApplicant(DestekUser applicant) {
		return this.views.overview(this.ports.ownFile(applicant));
	}

	/**
	 * Opens the Ödeme Talep Formu of one period of a schedule (MADDE 15(1),(8)): one
	 * request per period; the installment must be due.
	 */
	public PaymentRequest open(DestekUser applicant, Long scheduleId, int quarterNumber, LocalDate paidOn) {
		return this.requests.open(applicant, scheduleId, quarterNumber, paidOn);
	}

	/**
	 * A request the signed-in user may see (own enterprise, or staff of its unit); 404.
	 */
	@Transactional(readOnly = true)
	public RequestView view(DestekUser user, Long requestId) {
		return this.views.view(this.views.visible(user, requestId));
	}

	/**
	 * Adds an invoice with its scan (PDF or picture, content-checked). MADDE 15(1),(9).
	 */
	public Invoice addInvoice(DestekUser applicant, Long requestId, long version, InvoiceData data,
			MultipartFile file) {
		return this.requests.addInvoice(applicant, requestId, version, data, file);
	}

	/**
	 * Removes an invoice and its scan; another request's invoice is 404, only a draft's
	 * invoices can be removed (MADDE 15(1)).
	 */
	public void removeInvoice(DestekUser applicant, Long requestId, long version, Long invoiceId) {
		this.requests.removeInvoice(applicant, requestId, version, invoiceId);
	}

	/**
	 * Uploads the installment's payment proof (MADDE 15(1)) or the current İşletme
	 * Değerlendirme Raporu (MADDE 15(2)), replacing an earlier one.
	 */
	public DocumentRef upload(DestekUser applicant, Long requestId, long version, String category, MultipartFile file) {
		return this.requests.upload(applicant, requestId, version, category, file);
	}

	/**
	 * Submits the Ödeme Talep Formu when none of its checks fails; registers it and tells
	 * the applicant and the responsible expert.
	 */
	public PaymentRequest submit(DestekUser applicant, Long requestId, long version) {
		return this.requests.submit(applicant, requestId, version);
	}

	// ---------------------------------------------------------------- staff side

	/**
	 * The requests of the staff member's province unit waiting for or past the review.
	 */
	public List<QueueRow> queue(DestekUser staff) {
		return this.ledger.queue(staff);
	}

	/** How the queue's rows name their files (enterprise, province, amount, state). */
	public Map<Long, FileLabel> labels(List<QueueRow> rows) {
		return this.ledger.labels(rows);
	}

	/**
	 * The expert prepares the Ödeme Oluru (MADDE 15(5)): records the overdue debt to the
	 * programme's institution (MADDE 15(19)) and the tax and SGK debt as of today, which
	 * must be the approval date (MADDE 15(8)). Every approved item must have been
	 * inspected (MADDE 15(3)).
	 */
	public PaymentRequest prepare(DestekUser staff, Long requestId, long version, BigDecimal kosgebOverdueDebt,
			BigDecimal taxDebt, BigDecimal sgkDebt) {
		return this.approvals.prepare(staff, requestId, version, kosgebOverdueDebt, taxDebt, sgkDebt);
	}

	/**
	 * The unit manager approves the Ödeme Oluru (MADDE 15(5)) into an immutable payment.
	 * Refused with the article when the enterprise has an overdue debt (MADDE 15(19)),
	 * when the tax/SGK debt was not checked as of the approval date (MADDE 15(8)) or when
	 * a check of the request fails.
	 */
	public Payment approve(DestekUser manager, Long requestId, long version) {
		return this.approvals.approve(manager, requestId, version);
	}

	/** The unit manager returns the oluru to the expert with a reason. */
	public PaymentRequest returnToExpert(DestekUser manager, Long requestId, long version, String reason) {
		return this.approvals.returnToExpert(manager, requestId, version, reason);
	}

	/**
	 * The payments ledger: approved payments between two approval dates; staff of a
	 * province unit see their province only.
	 */
	public List<Payment> ledger(DestekUser staff, Short province, LocalDate from, LocalDate to) {
		return this.ledger.ledger(staff, province, from, to);
	}

	/**
	 * A payment of the applicant's own enterprise, or of the staff member's unit; 404.
	 */
	public Payment payment(DestekUser user, Long requestId) {
		return this.ledger.payment(user, requestId);
	}

	/**
	 * A document of a payment request, an invoice or an inspection, for the applicant
	 * users of its enterprise and the staff of its province unit; 404 for anyone else.
	 */
	public DocumentContent document(DestekUser user, Long documentId) {
		return this.ledger.document(user, documentId);
	}

	/** MADDE 6(5), 15(17): the last day of the programme period of a parameter scope. */
	public LocalDate programmeEnd(String scope, LocalDate programmeStart) {
		return this.rules.programmeEnd(scope, programmeStart);
	}

	static List<Invoice> invoicesWithoutFile(PaymentRequest request, Map<String, List<DocumentRef>> invoiceDocs) {
		return request.getInvoices()
			.stream()
			.filter(i -> invoiceDocs.getOrDefault(String.valueOf(i.getId()), List.of()).isEmpty())
			.toList();
	}

}
