package tr.destek.board;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.notification.Notifier;

/**
 * Seating a substitute for one agenda item in place of a conflicted member (MADDE
 * 18(10)), until the item's decision is recorded.
 */
@Service
public class SubstituteSeating {

	private final MeetingLocks locks;

	private final DecisionRepository decisions;

	private final UserAccountService users;

	private final AgendaSubjectPorts subjects;

	private final AgendaRules rules;

	private final Notifier notifier;

	private final AuditTrail audit;

	SubstituteSeating(MeetingLocks locks, DecisionRepository decisions, UserAccountService users,
			AgendaSubjectPorts subjects, AgendaRules rules, Notifier notifier, AuditTrail audit) {
		this.locks = locks;
		this.decisions = decisions;
		this.users = users;
		this.subjects = subjects;
		this.rules = rules;
		this.notifier = notifier;
		this.audit = audit;
	}

	/**
	 * Seats a substitute for one item in place of a conflicted member (MADDE 18(10)); the
	 * substitute must hold the member role of the board's kind and must not be conflicted
	 * himself (his TCKN is checked too). Recorded and audited.
	 */
	@Transactional
	public ItemSubstitute seatSubstitute(Long meetingId, Long itemId, Long replacedUserId, Long substituteUserId,
			String reason) {
		Meeting meeting = this.locks.lock(meetingId);
		AgendaItem item = meeting.item(itemId);
		if (this.decisions.findByItemId(itemId).isPresent()) {
			throw new BoardRuleException("board.error.decision.item-closed");
		}
		UserAccount substitute = this.users.find(substituteUserId)
			.filter(UserAccount::isEnabled)
			.filter(u -> u.hasRole(meeting.getBoard().getKind().memberRole()))
			.orElseThrow(() -> new BoardRuleException("board.error.substitute.not-eligible"));
		if (substitute.getTckn() != null && item.getSubjectRef() != null) {
			if (this.subjects.find(item).isRelated(substitute.getTckn())) {
				throw new BoardRuleException("board.error.substitute.conflicted");
			}
		}
		Instant now = this.rules.now();
		ItemSubstitute seated = item.seatSubstitute(meeting.boardMembers(), replacedUserId, substituteUserId, reason,
				now, AuditTrail.currentActor());
		meeting.recordSubstitute(item, seated, now, AuditTrail.currentActor());
		this.locks.flush();
		this.audit.record("SUBSTITUTE_SEATED", MeetingService.ENTITY, meetingId,
				"Member " + substituteUserId + " sits for item " + item.getSubject() + " in place of " + replacedUserId
						+ " (MADDE 18(10)): " + seated.getReason(),
				null, null);
		if (meeting.getStatus() == MeetingStatus.AGENDA_SENT) {
			this.notifier.notifyUser(
					substituteUserId, "board.notification.substitute", new Object[] { meeting.getBoard().getName(),
							BoardDates.format(meeting.getStartsAt()), item.getSubject() },
					"/board/member/meetings/" + meetingId);
		}
		return seated;
	}

}
