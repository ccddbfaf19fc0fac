package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * An application to the KOSGEB SME Digital Transformation programme (Başvuru Formu
 * FRM.34.00.01). The aggregate guards its own lifecycle (spec "Lifecycle"): every move is
 * a method that throws {@link IllegalTransitionException} when the current state does not
 * allow it; nobody sets the status from outside. Optimistic locking ({@code version})
 * makes sure two people acting at once cannot both win.
 */
@Entity
@Table(name = "kosgeb_application")
public class KosgebApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String reference;

	@Column(name = "enterprise_id", nullable = false, updatable = false)
	private Long enterpriseId;

	@Column(name = "province_code", nullable = false)
	private Short provinceCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status;

	@Column(name = "report_consultant")
	private String reportConsultant;

	@Column(name = "report_number")
	private String reportNumber;

	@Column(name = "report_approval_date")
	private LocalDate reportApprovalDate;

	@Column(name = "report_valid_until")
	private LocalDate reportValidUntil;

	@Column(name = "report_maturity_level")
	private String reportMaturityLevel;

	@Column(name = "preferred_bank_code")
	private String preferredBankCode;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	/**
	 * The application date (başvuru tarihi) on which eligibility is judged (MADDE
	 * 7(2),(3)).
	 */
	@Column(name = "application_date")
	private LocalDate applicationDate;

	@Column(name = "commitment_version")
	private String commitmentVersion;

	@Column(name = "commitment_approved_by")
	private String commitmentApprovedBy;

	@Column(name = "commitment_approved_at")
	private Instant commitmentApprovedAt;

	@Column(name = "eligibility_snapshot")
	private String eligibilitySnapshot;

	@Column(name = "eligibility_needs_review", nullable = false)
	private boolean eligibilityNeedsReview;

	@Column(name = "assigned_staff_id")
	private Long assignedStaffId;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "control_due_at")
	private Instant controlDueAt;

	@Enumerated(EnumType.STRING)
	private ControlProposal proposal;

	@Column(name = "proposal_note")
	private String proposalNote;

	@Column(name = "proposal_by")
	private String proposalBy;

	@Column(name = "proposal_at")
	private Instant proposalAt;

	@Column(name = "correction_parts")
	private String correctionParts;

	@Column(name = "correction_deadline")
	private Instant correctionDeadline;

	@Column(name = "correction_round", nullable = false)
	private int correctionRound;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	/** the last day to appeal the latest board rejection (MADDE 12(10), 13(1)) */
	@Column(name = "appeal_last_day")
	private LocalDate appealLastDay;

	/**
	 * the appeal commission accepted the appeal and the board evaluates again; a new
	 * rejection is final (MADDE 13(10))
	 */
	@Column(name = "re_evaluation_after_appeal", nullable = false)
	private boolean reEvaluationAfterAppeal;

	@Version
	private long version;

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ExpenseItem> expenseItems = new ArrayList<>();

	protected KosgebApplication() {
	}

	KosgebApplication(String reference, Long enterpriseId, Short provinceCode, Instant now, String createdBy) {
		this.reference = reference;
		this.enterpriseId = enterpriseId;
		this.provinceCode = provinceCode;
		this.status = ApplicationStatus.DRAFT;
		this.createdAt = now;
		this.createdBy = createdBy;
	}

	// --- applicant: the draft and the parts opened for correction ---

	void updateReport(MaturityReport report) {
		requireEditable(ApplicationPart.REPORT, "change the maturity report of");
		this.reportConsultant = report.consultant();
		this.reportNumber = report.number();
		this.reportApprovalDate = report.approvalDate();
		this.reportValidUntil = report.validUntil();
		this.reportMaturityLevel = report.maturityLevel();
	}

	void choosePreferredBank(String bankCode) {
		requireEditable(ApplicationPart.BANK, "change the preferred bank of");
		this.preferredBankCode = bankCode;
	}

	ExpenseItem addExpenseItem(ExpenseItemData data) {
		requireEditable(ApplicationPart.EXPENSE_ITEMS, "add expense items to");
		int position = this.expenseItems.stream().mapToInt(ExpenseItem::getPosition).max().orElse(0) + 1;
		ExpenseItem item = new ExpenseItem(this, position, data);
		this.expenseItems.add(item);
		return item;
	}

	ExpenseItem updateExpenseItem(Long itemId, ExpenseItemData data) {
		requireEditable(ApplicationPart.EXPENSE_ITEMS, "change expense items of");
		ExpenseItem item = expenseItem(itemId);
		item.update(data);
		return item;
	}

	void removeExpenseItem(Long itemId) {
		requireEditable(ApplicationPart.EXPENSE_ITEMS, "remove expense items of");
		this.expenseItems.remove(expenseItem(itemId));
	}

	/**
	 * Whether the applicant may change this part now: any part of a draft, only opened
	 * parts in correction.
	 */
	public boolean isEditable(ApplicationPart part) {
		return this.status == ApplicationStatus.DRAFT || ((this.status == ApplicationStatus.CORRECTION_REQUESTED
				|| this.status == ApplicationStatus.BOARD_CORRECTION_REQUESTED) && openParts().contains(part));
	}

	void requireEditable(ApplicationPart part, String action) {
		if (!isEditable(part)) {
			throw new IllegalTransitionException(this.status, action);
		}
	}

	/**
	 * The applicant approves the form and the written commitment (MADDE 8(1), 16(1)).
	 * Eligibility is frozen as evaluated on the application date.
	 */
	void submit(Instant now, LocalDate applicationDate, String commitmentVersion, String approvedBy,
			String eligibilitySnapshot, boolean needsReview) {
		if (this.status != ApplicationStatus.DRAFT) {
			throw new IllegalTransitionException(this.status, "submit");
		}
		approveCommitment(now, commitmentVersion, approvedBy);
		this.status = ApplicationStatus.SUBMITTED;
		this.submittedAt = now;
		this.applicationDate = applicationDate;
		this.eligibilitySnapshot = eligibilitySnapshot;
		this.eligibilityNeedsReview = needsReview;
	}

	/**
	 * The applicant sends the corrected application back to its responsible staff (MADDE
	 * 9(3)).
	 */
	void resubmit(Instant now, String approvedBy, String commitmentVersion, String eligibilitySnapshot,
			boolean needsReview, Instant controlDueAt) {
		if (this.status != ApplicationStatus.CORRECTION_REQUESTED) {
			throw new IllegalTransitionException(this.status, "resubmit");
		}
		approveCommitment(now, commitmentVersion, approvedBy);
		this.status = ApplicationStatus.IN_CONTROL;
		this.eligibilitySnapshot = eligibilitySnapshot;
		this.eligibilityNeedsReview = needsReview;
		this.controlDueAt = controlDueAt;
		clearProposal();
		this.correctionParts = null;
		this.correctionDeadline = null;
	}

	private void approveCommitment(Instant now, String version, String approvedBy) {
		if (version == null || approvedBy == null) {
			throw new IllegalTransitionException(this.status, "submit without the written commitment");
		}
		this.commitmentVersion = version;
		this.commitmentApprovedBy = approvedBy;
		this.commitmentApprovedAt = now;
	}

	// --- staff: control (MADDE 9) ---

	/**
	 * A responsible staff member takes the file; the 7-day control period starts (MADDE
	 * 9(1)).
	 */
	void assignTo(Long staffId, Instant now, Instant controlDueAt) {
		if (this.status != ApplicationStatus.SUBMITTED) {
			throw new IllegalTransitionException(this.status, "assign");
		}
		this.assignedStaffId = staffId;
		this.assignedAt = now;
		this.controlDueAt = controlDueAt;
		this.status = ApplicationStatus.IN_CONTROL;
	}

	/**
	 * No responsible staff member in the province unit yet: the file waits for the unit
	 * manager, but the 7-day control period (MADDE 9(1)) already runs from submission; it
	 * is an SLA, never a block (MADDE 18(15)).
	 */
	void awaitAssignment(Instant controlDueAt) {
		if (this.status != ApplicationStatus.SUBMITTED || this.assignedStaffId != null) {
			throw new IllegalTransitionException(this.status, "wait for assignment of");
		}
		this.controlDueAt = controlDueAt;
	}

	/**
	 * The unit manager hands the file to another responsible staff member of the unit.
	 */
	void reassignTo(Long staffId, Instant now) {
		if (this.status != ApplicationStatus.IN_CONTROL && this.status != ApplicationStatus.CONTROL_APPROVAL
				&& this.status != ApplicationStatus.CORRECTION_REQUESTED) {
			throw new IllegalTransitionException(this.status, "reassign");
		}
		this.assignedStaffId = staffId;
		this.assignedAt = now;
	}

	/** The staff member's result goes to the unit manager for approval (MADDE 9(2)). */
	void propose(ControlProposal proposal, String note, Set<ApplicationPart> partsToCorrect, String by, Instant now) {
		if (this.status != ApplicationStatus.IN_CONTROL) {
			throw new IllegalTransitionException(this.status, "propose a control result for");
		}
		if (proposal == ControlProposal.REQUEST_CORRECTION && (partsToCorrect == null || partsToCorrect.isEmpty())) {
			throw new IllegalArgumentException("a correction names the parts to fix");
		}
		if (proposal != ControlProposal.APPROVE_FOR_BOARD && (note == null || note.isBlank())) {
			throw new IllegalArgumentException("a rejection or correction gives its reasons");
		}
		this.proposal = proposal;
		this.proposalNote = note;
		this.proposalBy = by;
		this.proposalAt = now;
		this.correctionParts = proposal == ControlProposal.REQUEST_CORRECTION ? join(partsToCorrect) : null;
		this.status = ApplicationStatus.CONTROL_APPROVAL;
	}

	/**
	 * The unit manager approves the proposal (MADDE 9(2)): the application goes to the
	 * board, is rejected, or is opened for correction until {@code correctionDeadline}
	 * (MADDE 9(3)).
	 */
	void approveProposal(String manager, Instant now, Instant correctionDeadline) {
		if (this.status != ApplicationStatus.CONTROL_APPROVAL) {
			throw new IllegalTransitionException(this.status, "approve the control result of");
		}
		this.decidedBy = manager;
		this.decidedAt = now;
		switch (this.proposal) {
			case APPROVE_FOR_BOARD -> this.status = ApplicationStatus.READY_FOR_BOARD;
			case REJECT -> {
				this.status = ApplicationStatus.REJECTED;
				this.rejectionReason = this.proposalNote;
			}
			case REQUEST_CORRECTION -> {
				this.status = ApplicationStatus.CORRECTION_REQUESTED;
				this.correctionDeadline = correctionDeadline;
				this.correctionRound++;
			}
		}
	}

	/** The unit manager sends the proposal back to the staff member with a note. */
	void returnProposal(String manager, String note, Instant now) {
		if (this.status != ApplicationStatus.CONTROL_APPROVAL) {
			throw new IllegalTransitionException(this.status, "return the control result of");
		}
		this.decidedBy = manager;
		this.decidedAt = now;
		this.proposalNote = note;
		this.status = ApplicationStatus.IN_CONTROL;
	}

	/**
	 * A correction not made in 7 days: the application is deemed rejected (MADDE 9(3)).
	 * @return whether it expired now
	 */
	boolean expireCorrection(Instant now, String reason) {
		if (this.status != ApplicationStatus.CORRECTION_REQUESTED || this.correctionDeadline == null
				|| !now.isAfter(this.correctionDeadline)) {
			return false;
		}
		this.status = ApplicationStatus.REJECTED;
		this.rejectionReason = reason;
		this.decidedBy = "system";
		this.decidedAt = now;
		return true;
	}

	// --- board (MADDE 12) ---

	/**
	 * The secretariat sends a meeting's agenda with this application on it (MADDE 12(1)).
	 */
	void putOnAgenda() {
		if (this.status != ApplicationStatus.READY_FOR_BOARD) {
			throw new IllegalTransitionException(this.status, "put on a board agenda");
		}
		this.status = ApplicationStatus.ON_AGENDA;
	}

	/** The board accepted the application by majority (MADDE 10(3), 12(6)). */
	void boardAccepted(Instant now, String registryNumber) {
		requireOnAgenda("record a board acceptance of");
		this.status = ApplicationStatus.ACCEPTED;
		this.decidedBy = "board " + registryNumber;
		this.decidedAt = now;
	}

	/**
	 * The board rejected the application (MADDE 10(3), 12(6)); the reasons go to the
	 * applicant (MADDE 12(10)).
	 */
	void boardRejected(Instant now, String registryNumber, String reasons, LocalDate appealLastDay) {
		requireOnAgenda("record a board rejection of");
		this.status = ApplicationStatus.BOARD_REJECTED;
		// MADDE 13(10)(b): a second rejection after an accepted appeal cannot be appealed
		this.appealLastDay = this.reEvaluationAfterAppeal ? null : appealLastDay;
		this.rejectionReason = reasons;
		this.decidedBy = "board " + registryNumber;
		this.decidedAt = now;
	}

	/** The board asked for a correction within {@code deadline} (MADDE 10(5)). */
	void boardCorrectionRequested(Instant now, String registryNumber, String reasons, Instant deadline) {
		requireOnAgenda("record a board correction request for");
		this.status = ApplicationStatus.BOARD_CORRECTION_REQUESTED;
		this.proposalNote = reasons;
		this.correctionDeadline = deadline;
		// MADDE 10(5): "başvuru formu ve ekleri" are corrected: every part opens
		this.correctionParts = join(EnumSet.allOf(ApplicationPart.class));
		this.correctionRound++;
		this.decidedBy = "board " + registryNumber;
		this.decidedAt = now;
	}

	/**
	 * The programme of an accepted application ended with {@code outcome} (COMPLETED,
	 * UNSUCCESSFUL or TERMINATED; MADDE 17(2),(5)), as recorded by the monitoring.
	 */
	void closeProgramme(ApplicationStatus outcome, Instant now, String by) {
		if (this.status != ApplicationStatus.ACCEPTED || (outcome != ApplicationStatus.COMPLETED
				&& outcome != ApplicationStatus.UNSUCCESSFUL && outcome != ApplicationStatus.TERMINATED)) {
			throw new IllegalTransitionException(this.status, "close the programme of");
		}
		this.status = outcome;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	/**
	 * The applicant approves the application corrected at the board's request within the
	 * deadline (MADDE 10(5)); it goes back to a board agenda (READY_FOR_BOARD).
	 */
	void resubmitAfterBoardCorrection(Instant now, String approvedBy, String commitmentVersion,
			String eligibilitySnapshot, boolean needsReview) {
		if (this.status != ApplicationStatus.BOARD_CORRECTION_REQUESTED) {
			throw new IllegalTransitionException(this.status, "resubmit a board correction of");
		}
		if (this.correctionDeadline != null && now.isAfter(this.correctionDeadline)) {
			throw new IllegalTransitionException(this.status, "resubmit after the correction deadline of");
		}
		approveCommitment(now, commitmentVersion, approvedBy);
		this.status = ApplicationStatus.READY_FOR_BOARD;
		this.eligibilitySnapshot = eligibilitySnapshot;
		this.eligibilityNeedsReview = needsReview;
		this.correctionParts = null;
		this.correctionDeadline = null;
		this.proposalNote = null;
	}

	/**
	 * A board correction not approved within the deadline: the application is put in the
	 * rejected state by the system (MADDE 10(5)).
	 * @return whether it expired now
	 */
	boolean expireBoardCorrection(Instant now, String reason) {
		if (this.status != ApplicationStatus.BOARD_CORRECTION_REQUESTED || this.correctionDeadline == null
				|| !now.isAfter(this.correctionDeadline)) {
			return false;
		}
		this.status = ApplicationStatus.REJECTED;
		this.rejectionReason = reason;
		this.decidedBy = "system";
		this.decidedAt = now;
		return true;
	}

	// --- appeal (MADDE 13) ---

	/**
	 * Whether the board's rejection is final: the appeal was rejected, or the board
	 * rejected again after an accepted appeal (MADDE 13(10)(b)).
	 */
	public boolean isFinallyRejected() {
		return this.status == ApplicationStatus.APPEAL_REJECTED
				|| (this.status == ApplicationStatus.BOARD_REJECTED && this.reEvaluationAfterAppeal);
	}

	/**
	 * Whether the applicant may still appeal on {@code today}: a board rejection that is
	 * not final, until its last day (MADDE 13(1)). Whether an appeal was already made is
	 * the appeal's business (the state moved on).
	 */
	public boolean isAppealableOn(LocalDate today) {
		return this.status == ApplicationStatus.BOARD_REJECTED && !this.reEvaluationAfterAppeal
				&& tr.destek.appeal.AppealWindow.open(this.appealLastDay, today);
	}

	/** The applicant appeals the board's rejection (MADDE 13(1)). */
	void appeal() {
		if (this.status != ApplicationStatus.BOARD_REJECTED || this.reEvaluationAfterAppeal) {
			throw new IllegalTransitionException(this.status, "appeal");
		}
		this.status = ApplicationStatus.APPEALED;
	}

	/** The unit forwards the appeal with its opinion (MADDE 13(2)). */
	void forwardAppeal() {
		if (this.status != ApplicationStatus.APPEALED) {
			throw new IllegalTransitionException(this.status, "forward the appeal of");
		}
		this.status = ApplicationStatus.APPEAL_FORWARDED;
	}

	/** The appeal is on an agenda sent to the commission (MADDE 13(6)). */
	void putAppealOnAgenda() {
		if (this.status != ApplicationStatus.APPEAL_FORWARDED) {
			throw new IllegalTransitionException(this.status, "put on an appeal commission agenda");
		}
		this.status = ApplicationStatus.APPEAL_ON_AGENDA;
	}

	/**
	 * The commission accepted the appeal: the board evaluates the application again
	 * (MADDE 13(10)(a)).
	 */
	void appealAccepted(Instant now, String registryNumber) {
		if (this.status != ApplicationStatus.APPEAL_ON_AGENDA) {
			throw new IllegalTransitionException(this.status, "record an appeal acceptance of");
		}
		this.status = ApplicationStatus.READY_FOR_BOARD;
		this.reEvaluationAfterAppeal = true;
		this.appealLastDay = null;
		this.decidedBy = "appeal commission " + registryNumber;
		this.decidedAt = now;
	}

	/** The commission rejected the appeal: final (MADDE 13(10)(b)). */
	void appealRejected(Instant now, String registryNumber, String reasons) {
		if (this.status != ApplicationStatus.APPEAL_ON_AGENDA) {
			throw new IllegalTransitionException(this.status, "record an appeal rejection of");
		}
		this.status = ApplicationStatus.APPEAL_REJECTED;
		this.appealLastDay = null;
		this.rejectionReason = reasons;
		this.decidedBy = "appeal commission " + registryNumber;
		this.decidedAt = now;
	}

	private void requireOnAgenda(String action) {
		if (this.status != ApplicationStatus.ON_AGENDA) {
			throw new IllegalTransitionException(this.status, action);
		}
	}

	private void clearProposal() {
		this.proposal = null;
		this.proposalBy = null;
		this.proposalAt = null;
		this.proposalNote = null;
	}

	// --- reading ---

	/** The requested support base amount: the sum of the expense items, excluding VAT. */
	public BigDecimal requestedAmount() {
		return this.expenseItems.stream().map(ExpenseItem::total).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

	public MaturityReport report() {
		return new MaturityReport(this.reportConsultant, this.reportNumber, this.reportApprovalDate,
				this.reportValidUntil, this.reportMaturityLevel);
	}

	public Set<ApplicationPart> openParts() {
		if (this.correctionParts == null || this.correctionParts.isBlank()) {
			return EnumSet.noneOf(ApplicationPart.class);
		}
		return Arrays.stream(this.correctionParts.split(","))
			.map(ApplicationPart::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationPart.class)));
	}

	private static String join(Set<ApplicationPart> parts) {
		return parts.stream().sorted(Comparator.naturalOrder()).map(Enum::name).collect(Collectors.joining(","));
	}

	public ExpenseItem expenseItem(Long itemId) {
		return this.expenseItems.stream()
			.filter(i -> i.getId() != null && i.getId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new tr.destek.platform.NotFoundException());
	}

	String describe() {
		return "status=" + this.status + ", report=" + this.reportNumber + ", bank=" + this.preferredBankCode
				+ ", items=" + this.expenseItems.size() + ", requested=" + requestedAmount().toPlainString()
				+ ", staff=" + this.assignedStaffId + ", proposal=" + this.proposal + ", openParts="
				+ this.correctionParts + ", correctionDeadline=" + this.correctionDeadline
				+ (this.appealLastDay == null ? "" : ", appealLastDay=" + this.appealLastDay)
				+ (this.reEvaluationAfterAppeal ? ", reEvaluationAfterAppeal" : "");
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
		return this.submittedAt;
	}

	public LocalDate getApplicationDate() {
		return this.applicationDate;
	}

	public String getCommitmentVersion() {
		return this.commitmentVersion;
	}

	public String getCommitmentApprovedBy() {
		return this.commitmentApprovedBy;
	}

	public Instant getCommitmentApprovedAt() {
		return this.commitmentApprovedAt;
	}

	public String getEligibilitySnapshot() {
		return this.eligibilitySnapshot;
	}

	public boolean isEligibilityNeedsReview() {
		return this.eligibilityNeedsReview;
	}

	public Long getAssignedStaffId() {
		return this.assignedStaffId;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

	public Instant getControlDueAt() {
		return this.controlDueAt;
	}

	public ControlProposal getProposal() {
		return this.proposal;
	}

	public String getProposalNote() {
		return this.proposalNote;
	}

	public String getProposalBy() {
		return this.proposalBy;
	}

	public Instant getProposalAt() {
		return this.proposalAt;
	}

	public Instant getCorrectionDeadline() {
		return this.correctionDeadline;
	}

	public int getCorrectionRound() {
		return this.correctionRound;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	public long getVersion() {
		return this.version;
	}

	public LocalDate getAppealLastDay() {
		return this.appealLastDay;
	}

	public boolean isReEvaluationAfterAppeal() {
		return this.reEvaluationAfterAppeal;
	}

	public List<ExpenseItem> getExpenseItems() {
		return List.copyOf(this.expenseItems);
	}

}
