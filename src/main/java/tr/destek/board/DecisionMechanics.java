package tr.destek.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import tr.destek.audit.AuditTrail;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;

/**
 * The decision mechanics every decision body shares (the KOSGEB board, MADDE 12(9); the
 * appeal commission, MADDE 13(8)), written once: who sits for a form's item, telling them
 * a form waits for their e-approval, a sitting member's e-approval (once, only after
 * signing the meeting's commitment FRM.34.00.04, audited), and the registry number and
 * date of a registration ({@code <prefix>-<year>-<n>}, Europe/Istanbul). Each body's
 * service keeps what differs: what its form decides and what registration does to the
 * application. Joins the caller's transaction.
 */
@Component
class DecisionMechanics {

	private final MeetingRepository meetings;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final EntityManager entityManager;

	private final Clock clock;

	DecisionMechanics(MeetingRepository meetings, Notifier notifier, AuditTrail audit, EntityManager entityManager,
			Clock clock) {
		this.meetings = meetings;
		this.notifier = notifier;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** The members who sat for the form's item (MADDE 11(1), 18(10)). */
	Set<Long> sittingMembers(DecisionRecord decision) {
		Meeting meeting = meeting(decision);
		return meeting.item(decision.getItemId()).sittingMembers(meeting.boardMembers());
	}

	/**
	 * The members a form names: once registered, those whose e-approvals it records (in
	 * seat order), so a registered form never changes (MADDE 12(9), 13(8)); before, the
	 * members sitting for its item.
	 */
	List<Long> formMembers(DecisionRecord decision) {
		Set<Long> sitting = sittingMembers(decision);
		if (!decision.isRegistered()) {
			return new ArrayList<>(sitting);
		}
		List<Long> approved = decision.approvals().stream().map(MemberApproval::getUserId).toList();
		List<Long> members = new ArrayList<>(sitting.stream().filter(approved::contains).toList());
		approved.stream().filter(id -> !members.contains(id)).forEach(members::add);
		return members;
	}

	/**
	 * A decided item takes no vote, whatever the body (MADDE 12(9), 13(8)): once its
	 * decision form is prepared the votes are closed.
	 * @param forms the body's decision forms
	 */
	void requireOpenForVotes(DecisionRecordRepository<?> forms, Long itemId) {
		if (forms.findByItemId(itemId).isPresent()) {
			throw new BoardRuleException("board.error.vote.item-decided");
		}
	}

	/**
	 * Tells every member who sat for the item that a prepared form waits for approval.
	 */
	void askForApproval(Meeting meeting, AgendaItem item, String notificationKey, String link) {
		for (Long member : item.sittingMembers(meeting.boardMembers())) {
			this.notifier.notifyUser(member, notificationKey,
					new Object[] { item.getSubject(), meeting.getBoard().getName() }, link);
		}
	}

	/**
	 * A member who sat for the item and signed the meeting's commitment e-approves the
	 * form (MADDE 12(9), 13(8)); approving twice changes nothing and is audited once. The
	 * form's row is locked first, so members approving at the same moment are recorded
	 * one after the other and no approval is lost.
	 * @param forms the body's decision forms
	 * @param auditAction the audit action, e.g. {@code DECISION_APPROVED}
	 * @param entityType the audit entity type of the form
	 * @param formName the form's name for the audit summary
	 * @throws AccessDeniedException when the member did not sit for the item or has not
	 * signed the commitment
	 */
	<D extends DecisionRecord> D approve(DecisionRecordRepository<D> forms, Long decisionId, Long memberId,
			String auditAction, String entityType, String formName) {
		D decision = forms.lockById(decisionId).orElseThrow(NotFoundException::new);
		Meeting meeting = meeting(decision);
		Set<Long> sitting = meeting.item(decision.getItemId()).sittingMembers(meeting.boardMembers());
		if (!sitting.contains(memberId)) {
			throw new AccessDeniedException("did not sit for this item");
		}
		if (!meeting.hasSigned(memberId)) {
			throw new CommitmentNotSignedException();
		}
		boolean already = decision.isApprovedBy(memberId);
		decision.approve(memberId, sitting, Instant.now(this.clock));
		if (!already) {
			this.entityManager.flush();
			this.audit.record(auditAction, entityType, decision.getId(),
					"Member " + memberId + " e-approved the " + formName, null, decision.describe());
		}
		return decision;
	}

	/**
	 * The registration of a form today: its sitting members, who must all have approved
	 * it, and the registry number {@code <prefix>-<year>-<n>} from the form's sequence.
	 */
	Registration registration(DecisionRecord decision, String prefix, long sequenceValue) {
		LocalDate today = DestekTime.today(this.clock);
		String number = String.format(Locale.ROOT, "%s-%d-%06d", prefix, today.getYear(), sequenceValue);
		return new Registration(sittingMembers(decision), number, today, Instant.now(this.clock),
				AuditTrail.currentActor());
	}

	private Meeting meeting(DecisionRecord decision) {
		return this.meetings.findById(decision.getMeetingId()).orElseThrow(NotFoundException::new);
	}

}
