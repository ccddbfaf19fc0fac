package tr.destek.kosgeb;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The control of the province unit (MADDE 9): the responsible staff member and when the
 * file reached him, the end of the 7-day control period (MADDE 9(1)), and the staff
 * member's proposal to the unit manager with its note (MADDE 9(2)). The note also carries
 * the unit manager's return note and the board's correction reasons (MADDE 10(5)): one
 * column, {@code proposal_note}, shown to whoever acts next.
 */
@Embeddable
class ControlRecord {

	@Column(name = "assigned_staff_id")
	private Long assignedStaffId;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "control_due_at")
	private Instant controlDueAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "proposal")
	private ControlProposal proposal;

	@Column(name = "proposal_note")
	private String proposalNote;

	@Column(name = "proposal_by")
	private String proposalBy;

	@Column(name = "proposal_at")
	private Instant proposalAt;

	/**
	 * A responsible staff member takes the file; the control period runs (MADDE 9(1)).
	 */
	ApplicationStatus assign(ApplicationStatus status, Long staffId, Instant now, Instant dueAt) {
		StatusGuard.require(status, "assign", ApplicationStatus.SUBMITTED);
		this.assignedStaffId = staffId;
		this.assignedAt = now;
		this.controlDueAt = dueAt;
		return ApplicationStatus.IN_CONTROL;
	}

	/**
	 * No responsible staff member in the province unit yet: the file waits for the unit
	 * manager, but the control period already runs (MADDE 9(1)); it is an SLA, never a
	 * block (MADDE 18(15)).
	 */
	void awaitAssignment(ApplicationStatus status, Instant dueAt) {
		if (status != ApplicationStatus.SUBMITTED || this.assignedStaffId != null) {
			throw new IllegalTransitionException(status, "wait for assignment of");
		}
		this.controlDueAt = dueAt;
	}

	/**
	 * The unit manager hands the file to another responsible staff member of the unit.
	 */
	void reassign(ApplicationStatus status, Long staffId, Instant now) {
		StatusGuard.require(status, "reassign", ApplicationStatus.IN_CONTROL, ApplicationStatus.CONTROL_APPROVAL,
				ApplicationStatus.CORRECTION_REQUESTED);
		this.assignedStaffId = staffId;
		this.assignedAt = now;
	}

	/**
	 * The staff member's result goes to the unit manager (MADDE 9(2)): a correction names
	 * the parts, a rejection or correction gives its reasons.
	 */
	ApplicationStatus propose(ApplicationStatus status, ControlProposal proposal, String note,
			Set<ApplicationPart> partsToCorrect, String by, Instant now) {
		StatusGuard.require(status, "propose a control result for", ApplicationStatus.IN_CONTROL);
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
		return ApplicationStatus.CONTROL_APPROVAL;
	}

	/** The unit manager sends the proposal back to the staff member with a note. */
	ApplicationStatus returned(ApplicationStatus status, String note) {
		StatusGuard.require(status, "return the control result of", ApplicationStatus.CONTROL_APPROVAL);
		this.proposalNote = note;
		return ApplicationStatus.IN_CONTROL;
	}

	/** The corrected application is back (MADDE 9(3)): a new round, a new period. */
	ApplicationStatus resubmitted(Instant dueAt) {
		this.controlDueAt = dueAt;
		clearProposal();
		return ApplicationStatus.IN_CONTROL;
	}

	void note(String note) {
		this.proposalNote = note;
	}

	private void clearProposal() {
		this.proposal = null;
		this.proposalBy = null;
		this.proposalAt = null;
		this.proposalNote = null;
	}

	Long assignedStaffId() {
		return this.assignedStaffId;
	}

	Instant controlDueAt() {
		return this.controlDueAt;
	}

	ControlProposal proposal() {
		return this.proposal;
	}

	String proposalNote() {
		return this.proposalNote;
	}

	String proposalBy() {
		return this.proposalBy;
	}

	Instant proposalAt() {
		return this.proposalAt;
	}

}
