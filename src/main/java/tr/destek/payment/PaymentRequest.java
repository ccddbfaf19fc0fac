package tr.destek.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An Ödeme Talep Formu (FRM.34.00.08): the applicant's request for the interest subsidy
 * of one installment period of one loan (MADDE 15(1),(8)) with its invoices, and the
 * staff's review of it: the debts as of the approval date (MADDE 15(7),(8),(19)) and the
 * Ödeme Oluru (MADDE 15(5)). Guards its own transitions.
 */
@Entity
@Table(name = "payment_request")
public class PaymentRequest {

	public static final String FORM_CODE = "FRM.34.00.08";

	/** The document owner type of the request's own documents (proof, report). */
	public static final String DOCUMENT_OWNER = "PaymentRequest";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The programme whose file it is (e.g. KOSGEB); the file id is unique within it. */
	@Column(name = "subject_source", nullable = false, updatable = false)
	private String subjectSource;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

	@Column(name = "enterprise_id", nullable = false, updatable = false)
	private Long enterpriseId;

	@Column(name = "province_code", nullable = false, updatable = false)
	private Short provinceCode;

	@Column(name = "loan_id", nullable = false, updatable = false)
	private Long loanId;

	@Column(name = "quarter_number", nullable = false, updatable = false)
	private int quarterNumber;

	@Column(name = "due_date", nullable = false, updatable = false)
	private LocalDate dueDate;

	@Column(name = "installment_paid_on", nullable = false)
	private LocalDate installmentPaidOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PaymentRequestStatus status;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "registry_number")
	private String registryNumber;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "kosgeb_overdue_debt")
	private BigDecimal kosgebOverdueDebt;

	@Column(name = "tax_debt")
	private BigDecimal taxDebt;

	@Column(name = "sgk_debt")
	private BigDecimal sgkDebt;

	@Column(name = "debts_as_of")
	private LocalDate debtsAsOf;

	@Column(name = "prepared_by")
	private String preparedBy;

	@Column(name = "prepared_at")
	private Instant preparedAt;

	@Column(name = "return_reason")
	private String returnReason;

	@Version
	private long version;

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("date, id")
	private List<Invoice> invoices = new ArrayList<>();

	protected PaymentRequest() {
	}

	PaymentRequest(String subjectSource, Long applicationId, Long enterpriseId, Short provinceCode, Long loanId,
			int quarterNumber, LocalDate dueDate, LocalDate installmentPaidOn, Instant createdAt, String createdBy) {
		this.subjectSource = subjectSource;
		this.applicationId = applicationId;
		this.enterpriseId = enterpriseId;
		this.provinceCode = provinceCode;
		this.loanId = loanId;
		this.quarterNumber = quarterNumber;
		this.dueDate = dueDate;
		this.installmentPaidOn = installmentPaidOn;
		this.status = PaymentRequestStatus.DRAFT;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	private void require(Set<PaymentRequestStatus> allowed) {
		if (!allowed.contains(this.status)) {
			throw new PaymentRuleException("payment.request.illegal-transition", this.status.messageKey());
		}
	}

	Invoice addInvoice(String number, LocalDate date, String supplierVkn, Long expenseItemId, BigDecimal amountExclVat,
			BigDecimal vatAmount) {
		require(EnumSet.of(PaymentRequestStatus.DRAFT));
		Invoice invoice = new Invoice(this, number, date, supplierVkn, expenseItemId, amountExclVat, vatAmount);
		this.invoices.add(invoice);
		return invoice;
	}

	/** One of this request's own invoices; empty for any other id. */
	public Optional<Invoice> invoice(Long invoiceId) {
		return this.invoices.stream().filter(i -> i.getId() != null && i.getId().equals(invoiceId)).findFirst();
	}

	/**
	 * Removes one of this request's invoices, only while it is a draft: a submitted form
	 * keeps its invoices (MADDE 15(1)).
	 */
	void removeInvoice(Invoice invoice) {
		if (this.status != PaymentRequestStatus.DRAFT) {
			throw new PaymentRuleException("payment.invoice.not-editable", this.status.messageKey());
		}
		if (!this.invoices.remove(invoice)) {
			throw new IllegalArgumentException("invoice " + invoice.getId() + " is not of request " + this.id);
		}
	}

	void submit(String registryNumber, Instant now) {
		require(EnumSet.of(PaymentRequestStatus.DRAFT));
		this.status = PaymentRequestStatus.SUBMITTED;
		this.registryNumber = registryNumber;
		this.submittedAt = now;
	}

	void prepare(BigDecimal kosgebOverdueDebt, BigDecimal taxDebt, BigDecimal sgkDebt, LocalDate asOf, String by,
			Instant now) {
		require(EnumSet.of(PaymentRequestStatus.SUBMITTED, PaymentRequestStatus.RETURNED));
		this.kosgebOverdueDebt = kosgebOverdueDebt;
		this.taxDebt = taxDebt;
		this.sgkDebt = sgkDebt;
		this.debtsAsOf = asOf;
		this.preparedBy = by;
		this.preparedAt = now;
		this.returnReason = null;
		this.status = PaymentRequestStatus.PREPARED;
	}

	void returnToExpert(String reason) {
		require(EnumSet.of(PaymentRequestStatus.PREPARED));
		this.returnReason = reason;
		this.status = PaymentRequestStatus.RETURNED;
	}

	void approved() {
		require(EnumSet.of(PaymentRequestStatus.PREPARED));
		this.status = PaymentRequestStatus.APPROVED;
	}

	/** MADDE 15(9): the supported amount of the invoices, VAT excluded. */
	public BigDecimal supportedAmount() {
		return this.invoices.stream()
			.map(Invoice::getAmountExclVat)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2);
	}

	/** MADDE 15(9): the VAT on the invoices, shown and never supported. */
	public BigDecimal vatExcluded() {
		return this.invoices.stream().map(Invoice::getVatAmount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

	String describe() {
		return "loan=" + this.loanId + ", quarter=" + this.quarterNumber + ", status=" + this.status + ", paidOn="
				+ this.installmentPaidOn + ", invoices=" + this.invoices.size() + ", supported=" + supportedAmount()
				+ ", vat=" + vatExcluded() + ", kosgebDebt=" + this.kosgebOverdueDebt + ", taxDebt=" + this.taxDebt
				+ ", sgkDebt=" + this.sgkDebt + ", debtsAsOf=" + this.debtsAsOf + ", returnReason=" + this.returnReason;
	}

	public Long getId() {
		return this.id;
	}

	public String getSubjectSource() {
		return this.subjectSource;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public Long getLoanId() {
		return this.loanId;
	}

	public int getQuarterNumber() {
		return this.quarterNumber;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public LocalDate getInstallmentPaidOn() {
		return this.installmentPaidOn;
	}

	public PaymentRequestStatus getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getRegistryNumber() {
		return this.registryNumber;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public BigDecimal getKosgebOverdueDebt() {
		return this.kosgebOverdueDebt;
	}

	public BigDecimal getTaxDebt() {
		return this.taxDebt;
	}

	public BigDecimal getSgkDebt() {
		return this.sgkDebt;
	}

	public LocalDate getDebtsAsOf() {
		return this.debtsAsOf;
	}

	public String getPreparedBy() {
		return this.preparedBy;
	}

	public Instant getPreparedAt() {
		return this.preparedAt;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public long getVersion() {
		return this.version;
	}

	public List<Invoice> getInvoices() {
		return Collections.unmodifiableList(this.invoices);
	}

}
