package tr.destek.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * An approved payment (Ödeme Oluru FRM.34.00.10, MADDE 15(5)): the quarter's subsidy, per
 * item what was paid and what was withheld with its reason (MADDE 15(4)), the tax / SGK
 * debt offset (MADDE 15(7),(8)) and who approved it when. Immutable: the database refuses
 * any update or delete.
 */
@Entity
@Immutable
@Table(name = "payment")
public class Payment {

	public static final String FORM_CODE = "FRM.34.00.10";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	/** The programme whose file it is (e.g. KOSGEB). */
	@Column(name = "subject_source", nullable = false, updatable = false)
	private String subjectSource;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Column(name = "enterprise_id", nullable = false)
	private Long enterpriseId;

	@Column(name = "enterprise_title", nullable = false)
	private String enterpriseTitle;

	@Column(name = "enterprise_tax_number", nullable = false)
	private String enterpriseTaxNumber;

	@Column(name = "province_code", nullable = false)
	private Short provinceCode;

	@Column(name = "loan_id", nullable = false)
	private Long loanId;

	@Column(name = "bank_name", nullable = false)
	private String bankName;

	@Column(name = "quarter_number", nullable = false)
	private int quarterNumber;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(name = "quarter_subsidy", nullable = false)
	private BigDecimal quarterSubsidy;

	@Column(nullable = false)
	private BigDecimal payable;

	@Column(nullable = false)
	private BigDecimal withheld;

	@Column(name = "tax_debt", nullable = false)
	private BigDecimal taxDebt;

	@Column(name = "sgk_debt", nullable = false)
	private BigDecimal sgkDebt;

	@Column(name = "debt_offset_limit", nullable = false)
	private BigDecimal debtOffsetLimit;

	@Column(name = "paid_to_tax_office", nullable = false)
	private BigDecimal paidToTaxOffice;

	@Column(name = "paid_to_sgk", nullable = false)
	private BigDecimal paidToSgk;

	@Column(name = "paid_to_enterprise", nullable = false)
	private BigDecimal paidToEnterprise;

	@Column(name = "approved_on", nullable = false)
	private LocalDate approvedOn;

	@Column(name = "approved_at", nullable = false)
	private Instant approvedAt;

	@Column(name = "approved_by", nullable = false)
	private String approvedBy;

	@Column(name = "prepared_by", nullable = false)
	private String preparedBy;

	@ElementCollection
	@CollectionTable(name = "payment_item", joinColumns = @JoinColumn(name = "payment_id"))
	private List<PaymentItem> items = new ArrayList<>();

	protected Payment() {
	}

	Payment(PaymentRequest request, String enterpriseTitle, String enterpriseTaxNumber, String bankName,
			PaymentCalculation.Result result, BigDecimal limit, LocalDate approvedOn, Instant approvedAt,
			String approvedBy) {
		this.requestId = request.getId();
		this.subjectSource = request.getSubjectSource();
		this.applicationId = request.getApplicationId();
		this.enterpriseId = request.getEnterpriseId();
		this.enterpriseTitle = enterpriseTitle;
		this.enterpriseTaxNumber = enterpriseTaxNumber;
		this.provinceCode = request.getProvinceCode();
		this.loanId = request.getLoanId();
		this.bankName = bankName;
		this.quarterNumber = request.getQuarterNumber();
		this.dueDate = request.getDueDate();
		this.quarterSubsidy = result.quarterSubsidy();
		this.payable = result.payable();
		this.withheld = result.withheld();
		this.taxDebt = request.getTaxDebt();
		this.sgkDebt = request.getSgkDebt();
		this.debtOffsetLimit = limit;
		this.paidToTaxOffice = result.offset().toTaxOffice();
		this.paidToSgk = result.offset().toSgk();
		this.paidToEnterprise = result.offset().toEnterprise();
		this.approvedOn = approvedOn;
		this.approvedAt = approvedAt;
		this.approvedBy = approvedBy;
		this.preparedBy = request.getPreparedBy();
		result.lines().forEach(line -> this.items.add(new PaymentItem(line)));
	}

	String describe() {
		return "request=" + this.requestId + ", loan=" + this.loanId + ", quarter=" + this.quarterNumber + ", subsidy="
				+ this.quarterSubsidy + ", payable=" + this.payable + ", withheld=" + this.withheld + ", toTax="
				+ this.paidToTaxOffice + ", toSgk=" + this.paidToSgk + ", toEnterprise=" + this.paidToEnterprise
				+ ", approvedOn=" + this.approvedOn;
	}

	public Long getId() {
		return this.id;
	}

	public Long getRequestId() {
		return this.requestId;
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

	public String getEnterpriseTitle() {
		return this.enterpriseTitle;
	}

	public String getEnterpriseTaxNumber() {
		return this.enterpriseTaxNumber;
	}

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public Long getLoanId() {
		return this.loanId;
	}

	public String getBankName() {
		return this.bankName;
	}

	public int getQuarterNumber() {
		return this.quarterNumber;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public BigDecimal getQuarterSubsidy() {
		return this.quarterSubsidy;
	}

	public BigDecimal getPayable() {
		return this.payable;
	}

	public BigDecimal getWithheld() {
		return this.withheld;
	}

	public BigDecimal getTaxDebt() {
		return this.taxDebt;
	}

	public BigDecimal getSgkDebt() {
		return this.sgkDebt;
	}

	public BigDecimal getDebtOffsetLimit() {
		return this.debtOffsetLimit;
	}

	public BigDecimal getPaidToTaxOffice() {
		return this.paidToTaxOffice;
	}

	public BigDecimal getPaidToSgk() {
		return this.paidToSgk;
	}

	public BigDecimal getPaidToEnterprise() {
		return this.paidToEnterprise;
	}

	public LocalDate getApprovedOn() {
		return this.approvedOn;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public String getPreparedBy() {
		return this.preparedBy;
	}

	public List<PaymentItem> getItems() {
		return Collections.unmodifiableList(this.items);
	}

}
