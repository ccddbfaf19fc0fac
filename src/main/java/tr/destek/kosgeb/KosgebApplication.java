package tr.destek.kosgeb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An application to the KOSGEB SME Digital Transformation programme (Başvuru Formu
 * FRM.34.00.01). The aggregate guards its own lifecycle (spec "Lifecycle"): every move is
 * a method that throws {@link IllegalTransitionException} when the current state does not
 * allow it; nobody sets the status from outside. Optimistic locking ({@code version})
 * makes sure two people acting at once cannot both win. What each phase records is its
 * own part (same columns): the applicant's form ({@link MaturityReport}, bank, items),
 * the submission ({@link Submission}), the unit's control ({@link ControlRecord}), the
 * correction window ({@link CorrectionWindow}), the latest decision
 * ({@link DecisionRecord}, typed {@link Decider}) and the appeal
 * ({@link AppealStanding}).
 */
@Entity
@Table(name = "kosgeb_application")
public class KosgebApplication extends KosgebApplicationState {

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
		this.report = report;
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
		require(ApplicationStatus.DRAFT, "submit");
		this.submission.approve(this.status, now, commitmentVersion, approvedBy, eligibilitySnapshot, needsReview);
		this.submission.first(now, applicationDate);
		this.status = ApplicationStatus.SUBMITTED;
	}

	/** The corrected application goes back to its responsible staff (MADDE 9(3)). */
	void resubmit(Instant now, String approvedBy, String commitmentVersion, String eligibilitySnapshot,
			boolean needsReview, Instant controlDueAt) {
		require(ApplicationStatus.CORRECTION_REQUESTED, "resubmit");
		this.submission.approve(this.status, now, commitmentVersion, approvedBy, eligibilitySnapshot, needsReview);
		this.status = changeControl().resubmitted(controlDueAt);
		this.correction.close();
	}

	// --- staff: control (MADDE 9) ---

	/** See {@link ControlRecord#assign} (MADDE 9(1)). */
	void assignTo(Long staffId, Instant now, Instant controlDueAt) {
		this.status = changeControl().assign(this.status, staffId, now, controlDueAt);
	}

	/** See {@link ControlRecord#awaitAssignment} (MADDE 9(1), 18(15)). */
	void awaitAssignment(Instant controlDueAt) {
		changeControl().awaitAssignment(this.status, controlDueAt);
	}

	/** See {@link ControlRecord#reassign}. */
	void reassignTo(Long staffId, Instant now) {
		changeControl().reassign(this.status, staffId, now);
	}

	/** See {@link ControlRecord#propose} (MADDE 9(2)); a correction names its parts. */
	void propose(ControlProposal proposal, String note, Set<ApplicationPart> partsToCorrect, String by, Instant now) {
		this.status = changeControl().propose(this.status, proposal, note, partsToCorrect, by, now);
		this.correction.name(proposal == ControlProposal.REQUEST_CORRECTION ? partsToCorrect : null);
	}

	/**
	 * The unit manager approves the proposal (MADDE 9(2)): to the board, rejected, or
	 * opened for correction until {@code correctionDeadline} (MADDE 9(3)).
	 */
	void approveProposal(String manager, Instant now, Instant correctionDeadline) {
		require(ApplicationStatus.CONTROL_APPROVAL, "approve the control result of");
		changeDecision().decided(Decider.person(manager), now);
		switch (getProposal()) {
			case APPROVE_FOR_BOARD -> this.status = ApplicationStatus.READY_FOR_BOARD;
			case REJECT -> {
				this.status = ApplicationStatus.REJECTED;
				changeDecision().rejected(Decider.person(manager), now, getProposalNote());
			}
			case REQUEST_CORRECTION -> {
				this.status = ApplicationStatus.CORRECTION_REQUESTED;
				this.correction.open(correctionDeadline);
			}
		}
	}

	/** The unit manager sends the proposal back to the staff member with a note. */
	void returnProposal(String manager, String note, Instant now) {
		this.status = changeControl().returned(this.status, note);
		changeDecision().decided(Decider.person(manager), now);
	}

	/**
	 * A correction not made in 7 days: the application is deemed rejected (MADDE 9(3)).
	 * @return whether it expired now
	 */
	boolean expireCorrection(Instant now, String reason) {
		return expire(ApplicationStatus.CORRECTION_REQUESTED, now, reason);
	}

	// --- board (MADDE 10, 12) ---

	/**
	 * The secretariat sends a meeting's agenda with this application on it (MADDE 12(1)).
	 */
	void putOnAgenda() {
		require(ApplicationStatus.READY_FOR_BOARD, "put on a board agenda");
		this.status = ApplicationStatus.ON_AGENDA;
	}

	/** The board accepted the application by majority (MADDE 10(3), 12(6)). */
	void boardAccepted(Instant now, String registryNumber) {
		require(ApplicationStatus.ON_AGENDA, "record a board acceptance of");
		this.status = ApplicationStatus.ACCEPTED;
		changeDecision().decided(Decider.board(registryNumber), now);
	}

	/**
	 * The board rejected it (MADDE 10(3), 12(6)); the reasons go to the applicant
	 * (12(10)).
	 */
	void boardRejected(Instant now, String registryNumber, String reasons, LocalDate appealLastDay) {
		require(ApplicationStatus.ON_AGENDA, "record a board rejection of");
		this.status = ApplicationStatus.BOARD_REJECTED;
		this.appeal.boardRejected(appealLastDay);
		changeDecision().rejected(Decider.board(registryNumber), now, reasons);
	}

	/** The board asked for a correction within {@code deadline} (MADDE 10(5)). */
	void boardCorrectionRequested(Instant now, String registryNumber, String reasons, Instant deadline) {
		require(ApplicationStatus.ON_AGENDA, "record a board correction request for");
		this.status = ApplicationStatus.BOARD_CORRECTION_REQUESTED;
		changeControl().note(reasons);
		// MADDE 10(5): "başvuru formu ve ekleri" are corrected: every part opens
		this.correction.name(EnumSet.allOf(ApplicationPart.class));
		this.correction.open(deadline);
		changeDecision().decided(Decider.board(registryNumber), now);
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
		changeDecision().decided(Decider.parse(by), now);
	}

	/**
	 * The applicant approves the application corrected at the board's request within the
	 * deadline (MADDE 10(5)); it goes back to a board agenda (READY_FOR_BOARD).
	 */
	void resubmitAfterBoardCorrection(Instant now, String approvedBy, String commitmentVersion,
			String eligibilitySnapshot, boolean needsReview) {
		require(ApplicationStatus.BOARD_CORRECTION_REQUESTED, "resubmit a board correction of");
		if (this.correction.passed(now)) {
			throw new IllegalTransitionException(this.status, "resubmit after the correction deadline of");
		}
		this.submission.approve(this.status, now, commitmentVersion, approvedBy, eligibilitySnapshot, needsReview);
		this.status = ApplicationStatus.READY_FOR_BOARD;
		this.correction.close();
		changeControl().note(null);
	}

	/**
	 * A board correction not approved within the deadline: rejected by the system (MADDE
	 * 10(5)).
	 * @return whether it expired now
	 */
	boolean expireBoardCorrection(Instant now, String reason) {
		return expire(ApplicationStatus.BOARD_CORRECTION_REQUESTED, now, reason);
	}

	// --- appeal (MADDE 13) ---

	void appeal() {
		this.status = this.appeal.file(this.status);
	}

	void forwardAppeal() {
		this.status = AppealStanding.forward(this.status);
	}

	void putAppealOnAgenda() {
		this.status = AppealStanding.onAgenda(this.status);
	}

	void appealAccepted(Instant now, String registryNumber) {
		this.status = this.appeal.accepted(this.status);
		changeDecision().decided(Decider.appealCommission(registryNumber), now);
	}

	void appealRejected(Instant now, String registryNumber, String reasons) {
		this.status = this.appeal.rejected(this.status);
		changeDecision().rejected(Decider.appealCommission(registryNumber), now, reasons);
	}

	private void require(ApplicationStatus expected, String action) {
		StatusGuard.require(this.status, action, expected);
	}

	/** A correction window that passed: rejected by the system (MADDE 9(3), 10(5)). */
	private boolean expire(ApplicationStatus correcting, Instant now, String reason) {
		if (this.status != correcting || !this.correction.passed(now)) {
			return false;
		}
		this.status = ApplicationStatus.REJECTED;
		changeDecision().rejected(Decider.system(), now, reason);
		return true;
	}

	private ControlRecord changeControl() {
		if (this.control == null) {
			this.control = new ControlRecord();
		}
		return this.control;
	}

	private DecisionRecord changeDecision() {
		if (this.decision == null) {
			this.decision = new DecisionRecord();
		}
		return this.decision;
	}

}
