package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import tr.destek.platform.NotFoundException;

/**
 * What a KOSGEB application records, phase by phase (same columns as ever, table
 * {@code kosgeb_application}), and how it reads: the applicant's form
 * ({@link MaturityReport}, bank, expense items), the submission ({@link Submission}), the
 * unit's control ({@link ControlRecord}), the correction window
 * ({@link CorrectionWindow}), the latest decision ({@link DecisionRecord}, by a typed
 * {@link Decider}) and the appeal ({@link AppealStanding}). The moves between the states
 * are the aggregate's own, in {@link KosgebApplication}; nothing here changes state.
 */
@MappedSuperclass
public abstract class KosgebApplicationState {

	private static final MaturityReport NO_REPORT = new MaturityReport(null, null, null, null, null);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(nullable = false, updatable = false)
	String reference;

	@Column(name = "enterprise_id", nullable = false, updatable = false)
	Long enterpriseId;

	@Column(name = "province_code", nullable = false)
	Short provinceCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	ApplicationStatus status;

	@Embedded
	@AttributeOverride(name = "consultant", column = @Column(name = "report_consultant"))
	@AttributeOverride(name = "number", column = @Column(name = "report_number"))
	@AttributeOverride(name = "approvalDate", column = @Column(name = "report_approval_date"))
	@AttributeOverride(name = "validUntil", column = @Column(name = "report_valid_until"))
	@AttributeOverride(name = "maturityLevel", column = @Column(name = "report_maturity_level"))
	MaturityReport report;

	@Column(name = "preferred_bank_code")
	String preferredBankCode;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	String createdBy;

	@Embedded
	Submission submission = new Submission();

	@Embedded
	ControlRecord control;

	@Embedded
	CorrectionWindow correction = new CorrectionWindow();

	@Embedded
	DecisionRecord decision;

	@Embedded
	AppealStanding appeal = new AppealStanding();

	@Version
	long version;

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	List<ExpenseItem> expenseItems = new ArrayList<>();

	/**
	 * Whether the applicant may change this part now: any part of a draft, only opened
	 * parts in correction.
	 */
	public boolean isEditable(ApplicationPart part) {
		return this.status == ApplicationStatus.DRAFT || ((this.status == ApplicationStatus.CORRECTION_REQUESTED
				|| this.status == ApplicationStatus.BOARD_CORRECTION_REQUESTED) && openParts().contains(part));
	}

	/** See {@link AppealStanding#finallyRejected} (MADDE 13(10)(b)). */
	public boolean isFinallyRejected() {
		return this.appeal.finallyRejected(this.status);
	}

	/** See {@link AppealStanding#appealableOn} (MADDE 13(1)). */
	public boolean isAppealableOn(LocalDate today) {
		return this.appeal.appealableOn(this.status, today);
	}

	/** The requested support base amount: the sum of the expense items, excluding VAT. */
	public BigDecimal requestedAmount() {
		return this.expenseItems.stream().map(ExpenseItem::total).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

	public MaturityReport report() {
		return (this.report != null) ? this.report : NO_REPORT;
	}

	public Set<ApplicationPart> openParts() {
		return this.correction.parts();
	}

	public ExpenseItem expenseItem(Long itemId) {
		return this.expenseItems.stream()
			.filter(i -> i.getId() != null && i.getId().equals(itemId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	String describe() {
		return "status=" + this.status + ", report=" + report().number() + ", bank=" + this.preferredBankCode
				+ ", items=" + this.expenseItems.size() + ", requested=" + requestedAmount().toPlainString()
				+ ", staff=" + getAssignedStaffId() + ", proposal=" + getProposal() + ", openParts="
				+ this.correction.partsText() + ", correctionDeadline=" + getCorrectionDeadline()
				+ ((getAppealLastDay() == null) ? "" : ", appealLastDay=" + getAppealLastDay())
				+ (isReEvaluationAfterAppeal() ? ", reEvaluationAfterAppeal" : "");
	}

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	public String getPreferredBankCode() {
		return this.preferredBankCode;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSubmittedAt() {
		return this.submission.submittedAt();
	}

	/** The application date on which eligibility is judged (MADDE 7(2),(3)). */
	public LocalDate getApplicationDate() {
		return this.submission.applicationDate();
	}

	public String getCommitmentVersion() {
		return this.submission.commitmentVersion();
	}

	public String getCommitmentApprovedBy() {
		return this.submission.commitmentApprovedBy();
	}

	public Instant getCommitmentApprovedAt() {
		return this.submission.commitmentApprovedAt();
	}

	public String getEligibilitySnapshot() {
		return this.submission.eligibilitySnapshot();
	}

	public boolean isEligibilityNeedsReview() {
		return this.submission.eligibilityNeedsReview();
	}

	public Long getAssignedStaffId() {
		return control().assignedStaffId();
	}

	public Instant getControlDueAt() {
		return control().controlDueAt();
	}

	public ControlProposal getProposal() {
		return control().proposal();
	}

	public String getProposalNote() {
		return control().proposalNote();
	}

	public String getProposalBy() {
		return control().proposalBy();
	}

	public Instant getProposalAt() {
		return control().proposalAt();
	}

	public Instant getCorrectionDeadline() {
		return this.correction.deadline();
	}

	/** The latest decider as stored text (see {@link #getDecider()}). */
	public String getDecidedBy() {
		return (getDecider() != null) ? getDecider().text() : null;
	}

	/** Who took the latest decision, typed. */
	public Decider getDecider() {
		return decision().decidedBy();
	}

	public Instant getDecidedAt() {
		return decision().decidedAt();
	}

	public String getRejectionReason() {
		return decision().rejectionReason();
	}

	public long getVersion() {
		return this.version;
	}

	/** The last day to appeal the latest board rejection (MADDE 12(10), 13(1)). */
	public LocalDate getAppealLastDay() {
		return this.appeal.lastDay();
	}

	/** The board evaluates again after an accepted appeal (MADDE 13(10)). */
	public boolean isReEvaluationAfterAppeal() {
		return this.appeal.reEvaluation();
	}

	public List<ExpenseItem> getExpenseItems() {
		return List.copyOf(this.expenseItems);
	}

	// Hibernate leaves a part null while all its columns are null: read through these

	ControlRecord control() {
		return (this.control != null) ? this.control : new ControlRecord();
	}

	DecisionRecord decision() {
		return (this.decision != null) ? this.decision : new DecisionRecord();
	}

}
