package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.DestekUser;
import tr.destek.platform.DestekTime;

/**
 * The unit manager's word on the staff member's proposal (MADDE 9(2),(3)): approve it —
 * to the board, rejected, or open for correction — or send it back with a note.
 */
@Service
public class ControlApproval {

	private final ControlAccess access;

	private final ControlDeadlines deadlines;

	private final ControlNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	ControlApproval(ControlAccess access, ControlDeadlines deadlines, ControlNotices notices, AuditTrail audit,
			Clock clock) {
		this.access = access;
		this.deadlines = deadlines;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The unit manager approves the proposal (MADDE 9(2)): to the board, rejected (the
	 * applicant is told the reasons), or open for correction for 7 days — the deadline
	 * counted by MADDE 18(13) from today, ending 23:59 (MADDE 9(3)).
	 */
	@Transactional
	public void approve(DestekUser manager, Long applicationId, long expectedVersion) {
		KosgebApplication application = this.access.forManager(manager, applicationId, expectedVersion);
		if (application.getStatus() != ApplicationStatus.CONTROL_APPROVAL) {
			throw new IllegalTransitionException(application.getStatus(), "approve the control result of");
		}
		if (manager.getUsername().equals(application.getProposalBy())) {
			// MADDE 9(2): the proposal and its approval are two people's acts
			throw new ControlRefusedException("kosgeb-control.refused.own-proposal");
		}
		String before = application.describe();
		Instant now = Instant.now(this.clock);
		LocalDate today = now.atZone(DestekTime.ZONE).toLocalDate();
		Instant correctionDeadline = (application.getProposal() == ControlProposal.REQUEST_CORRECTION)
				? this.deadlines.correctionDeadline(today) : null;
		application.approveProposal(manager.getUsername(), now, correctionDeadline);
		this.audit.record("KOSGEB_CONTROL_APPROVED", ApplicationControlService.ENTITY, application.getId(),
				"Unit manager approved proposal " + application.getProposal() + " -> " + application.getStatus()
						+ " (MADDE 9(2),(3))",
				before, application.describe());
		tellApplicant(application, correctionDeadline);
		if (application.getAssignedStaffId() != null) {
			this.notices.toStaff(application.getAssignedStaffId(), application, "kosgeb-control.notify.decided",
					application.getReference(), this.notices.label(application.getStatus().messageKey()));
		}
	}

	/** The unit manager sends the proposal back to the staff member with a note. */
	@Transactional
	public void returnToExpert(DestekUser manager, Long applicationId, long expectedVersion, String note) {
		KosgebApplication application = this.access.forManager(manager, applicationId, expectedVersion);
		if (note == null || note.isBlank()) {
			throw new ControlRefusedException("kosgeb-control.refused.note-required");
		}
		String before = application.describe();
		application.returnProposal(manager.getUsername(), note.trim(), Instant.now(this.clock));
		this.audit.record("KOSGEB_CONTROL_RETURNED", ApplicationControlService.ENTITY, application.getId(),
				"Proposal returned to the responsible staff: " + note.trim(), before, application.describe());
		if (application.getAssignedStaffId() != null) {
			this.notices.toStaff(application.getAssignedStaffId(), application, "kosgeb-control.notify.returned",
					application.getReference(), note.trim());
		}
	}

	private void tellApplicant(KosgebApplication application, Instant correctionDeadline) {
		String reference = application.getReference();
		switch (application.getStatus()) {
			case READY_FOR_BOARD ->
				this.notices.toApplicant(application, "kosgeb-control.notify.applicant.ready", reference);
			case REJECTED -> this.notices.toApplicant(application, "kosgeb-control.notify.applicant.rejected",
					reference, application.getRejectionReason());
			case CORRECTION_REQUESTED ->
				this.notices.toApplicant(application, "kosgeb-control.notify.applicant.correction", reference,
						this.notices.partsText(application.openParts()), application.getProposalNote(),
						ControlNotices.format(correctionDeadline));
			default -> throw new IllegalStateException("unexpected status " + application.getStatus());
		}
	}

}
