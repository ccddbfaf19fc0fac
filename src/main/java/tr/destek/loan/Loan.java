package tr.destek.loan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import tr.destek.credit.InterestSubsidySchedule;
import tr.destek.credit.SubsidyQuarter;

/**
 * A loan from one protocol bank for an application the board accepted, through the steps
 * of MADDE 14(3): applied (a), allocation entered by the bank (b), checked by the unit
 * (c) and returned for correction (ç) or approved, disbursed with its terms (d). Guards
 * its own transitions; throws {@link LoanRuleException} on an illegal move.
 */
@Entity
@Table(name = "loan")
public class Loan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private Long applicationId;

	@Column(name = "enterprise_id", nullable = false, updatable = false)
	private Long enterpriseId;

	@Column(name = "province_code", nullable = false, updatable = false)
	private Short provinceCode;

	@Column(name = "bank_code", nullable = false, updatable = false)
	private String bankCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LoanStatus status;

	@Column(name = "bank_reference")
	private String bankReference;

	@Column(name = "applied_at", nullable = false, updatable = false)
	private Instant appliedAt;

	@Column(name = "applied_by", nullable = false, updatable = false)
	private String appliedBy;

	@Column(name = "allocated_amount")
	private BigDecimal allocatedAmount;

	@Column(name = "allocation_submitted_at")
	private Instant allocationSubmittedAt;

	@Column(name = "allocation_round", nullable = false)
	private int allocationRound;

	@Column(name = "return_reasons")
	private String returnReasons;

	@Column(name = "returned_at")
	private Instant returnedAt;

	@Column(name = "returned_by")
	private String returnedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "disbursed_amount")
	private BigDecimal disbursedAmount;

	@Column(name = "disbursement_date")
	private LocalDate disbursementDate;

	@Column(name = "term_months")
	private Integer termMonths;

	@Column(name = "grace_months")
	private Integer graceMonths;

	@Column(name = "annual_rate")
	private BigDecimal annualRate;

	@Column(name = "support_points")
	private BigDecimal supportPoints;

	@Column(name = "total_subsidy")
	private BigDecimal totalSubsidy;

	@Column(name = "disbursed_at")
	private Instant disbursedAt;

	@Column(name = "disbursed_by")
	private String disbursedBy;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "loan_item", joinColumns = @JoinColumn(name = "loan_id"))
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<LoanItem> items = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "loan_quarter", joinColumns = @JoinColumn(name = "loan_id"))
	@OrderBy("number")
	@BatchSize(size = 50)
	private List<LoanQuarter> quarters = new ArrayList<>();

	protected Loan() {
	}

	/** The enterprise's loan application at the bank is recorded (MADDE 14(3)(a)). */
	Loan(Long applicationId, Long enterpriseId, Short provinceCode, String bankCode, String bankReference, Instant now,
			String actor) {
		this.applicationId = applicationId;
		this.enterpriseId = enterpriseId;
		this.provinceCode = provinceCode;
		this.bankCode = bankCode;
		this.bankReference = bankReference;
		this.status = LoanStatus.APPLIED;
		this.appliedAt = now;
		this.appliedBy = actor;
	}

	/** Whether the bank may enter or correct the allocation now (MADDE 14(3)(b),(ç)). */
	public boolean isAllocatable() {
		return this.status == LoanStatus.APPLIED || this.status == LoanStatus.RETURNED;
	}

	/**
	 * The bank enters (or, after a return, corrects) the allocated amount and the
	 * financed items (MADDE 14(3)(b)); the unit checks it next.
	 */
	void allocate(BigDecimal amount, List<LoanItem> financed, Instant now) {
		if (!isAllocatable()) {
			throw new LoanRuleException(null, "loan.error.transition.allocate", this.status.label());
		}
		this.allocatedAmount = amount;
		this.items.clear();
		this.items.addAll(financed);
		this.allocationSubmittedAt = now;
		this.allocationRound++;
		this.status = LoanStatus.ALLOCATED;
	}

	/** The unit returns the allocation to the bank with its reasons (MADDE 14(3)(ç)). */
	void returnToBank(String reasons, Instant now, String actor) {
		requireChecking("loan.error.transition.return");
		this.returnReasons = reasons;
		this.returnedAt = now;
		this.returnedBy = actor;
		this.status = LoanStatus.RETURNED;
	}

	/** The unit finds the allocation in order (MADDE 14(3)(c),(d)). */
	void approve(Instant now, String actor) {
		requireChecking("loan.error.transition.approve");
		this.approvedAt = now;
		this.approvedBy = actor;
		this.status = LoanStatus.APPROVED;
	}

	private void requireChecking(String key) {
		if (this.status != LoanStatus.ALLOCATED) {
			throw new LoanRuleException(null, key, this.status.label());
		}
	}

	/**
	 * The bank disbursed the loan (MADDE 14(3)(d)); the subsidy schedule computed for its
	 * terms is stored with it. {@code financed} are the items' parts of the disbursed
	 * amount.
	 */
	void disburse(BigDecimal amount, BigDecimal annualRate, InterestSubsidySchedule schedule, List<LoanItem> financed,
			Instant now, String actor) {
		if (this.status != LoanStatus.APPROVED) {
			throw new LoanRuleException(null, "loan.error.transition.disburse", this.status.label());
		}
		this.disbursedAmount = amount;
		this.disbursementDate = schedule.terms().disbursementDate();
		this.termMonths = schedule.terms().termMonths();
		this.graceMonths = schedule.terms().graceMonths();
		this.annualRate = annualRate;
		this.supportPoints = schedule.terms().supportPoints().percentPerYear();
		this.totalSubsidy = schedule.totalSubsidy();
		this.quarters.clear();
		schedule.quarters().forEach(q -> this.quarters.add(new LoanQuarter(q)));
		this.items.clear();
		this.items.addAll(financed);
		this.disbursedAt = now;
		this.disbursedBy = actor;
		this.status = LoanStatus.DISBURSED;
	}

	/** The amount that counts against the board's support base (MADDE 14(2),(3)(c)). */
	public BigDecimal committedAmount() {
		if (this.status == LoanStatus.DISBURSED) {
			return this.disbursedAmount;
		}
		return (this.allocatedAmount != null) ? this.allocatedAmount : BigDecimal.ZERO;
	}

	/** The part financing the expense item, zero when this loan does not finance it. */
	public BigDecimal financedAmount(Long expenseItemId) {
		return this.items.stream()
			.filter(i -> i.getExpenseItemId().equals(expenseItemId))
			.map(LoanItem::getAmount)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	public List<SubsidyQuarter> schedule() {
		return this.quarters.stream().map(LoanQuarter::toSubsidyQuarter).toList();
	}

	DisbursedLoan toDisbursed(String bankName) {
		return new DisbursedLoan(this.id, this.applicationId, this.enterpriseId, this.bankCode, bankName,
				this.disbursedAmount, this.disbursementDate, this.termMonths, this.graceMonths, this.annualRate,
				this.supportPoints, this.items.stream().map(LoanItem::toFinancedItem).toList(), schedule());
	}

	String describe() {
		StringBuilder text = new StringBuilder();
		text.append("status=").append(this.status).append(", bank=").append(this.bankCode);
		if (this.allocatedAmount != null) {
			text.append(", allocated=").append(this.allocatedAmount.toPlainString());
		}
		for (LoanItem item : this.items) {
			text.append(String.format(Locale.ROOT, ", item %d=%s", item.getExpenseItemId(),
					item.getAmount().toPlainString()));
		}
		if (this.returnReasons != null && this.status == LoanStatus.RETURNED) {
			text.append(", returned: ").append(this.returnReasons);
		}
		if (this.status == LoanStatus.DISBURSED) {
			text.append(String.format(Locale.ROOT, ", disbursed=%s on %s, term=%d, grace=%d, rate=%s, points=%s",
					this.disbursedAmount.toPlainString(), this.disbursementDate, this.termMonths, this.graceMonths,
					this.annualRate.toPlainString(), this.supportPoints.toPlainString()));
		}
		return text.toString();
	}

	public Long getId() {
		return this.id;
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

	public String getBankCode() {
		return this.bankCode;
	}

	public LoanStatus getStatus() {
		return this.status;
	}

	public String getBankReference() {
		return this.bankReference;
	}

	public Instant getAppliedAt() {
		return this.appliedAt;
	}

	public String getAppliedBy() {
		return this.appliedBy;
	}

	public BigDecimal getAllocatedAmount() {
		return this.allocatedAmount;
	}

	public Instant getAllocationSubmittedAt() {
		return this.allocationSubmittedAt;
	}

	public int getAllocationRound() {
		return this.allocationRound;
	}

	public String getReturnReasons() {
		return this.returnReasons;
	}

	public Instant getReturnedAt() {
		return this.returnedAt;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public BigDecimal getDisbursedAmount() {
		return this.disbursedAmount;
	}

	public LocalDate getDisbursementDate() {
		return this.disbursementDate;
	}

	public Integer getTermMonths() {
		return this.termMonths;
	}

	public Integer getGraceMonths() {
		return this.graceMonths;
	}

	public BigDecimal getAnnualRate() {
		return this.annualRate;
	}

	public BigDecimal getSupportPoints() {
		return this.supportPoints;
	}

	public BigDecimal getTotalSubsidy() {
		return this.totalSubsidy;
	}

	public Instant getDisbursedAt() {
		return this.disbursedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public List<LoanItem> getItems() {
		return this.items;
	}

	public List<LoanQuarter> getQuarters() {
		return this.quarters;
	}

}
