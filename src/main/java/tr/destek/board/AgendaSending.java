package tr.destek.board;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.notification.Notifier;

/**
 * Sending a meeting's agenda and files to the members (MADDE 12(1)): refused when the
 * meeting is less than {@code board.agenda-lead-days} days away (MADDE 18(13): the
 * sending day is day 0); the subjects are handed over to their owners, the conflicts of
 * interest detected (MADDE 18(10)) and every member notified.
 */
@Service
public class AgendaSending {

	private final MeetingLocks locks;

	private final AgendaRules rules;

	private final AgendaHandover handover;

	private final ConflictDetection conflicts;

	private final Notifier notifier;

	private final AuditTrail audit;

	AgendaSending(MeetingLocks locks, AgendaRules rules, AgendaHandover handover, ConflictDetection conflicts,
			Notifier notifier, AuditTrail audit) {
		this.locks = locks;
		this.rules = rules;
		this.handover = handover;
		this.conflicts = conflicts;
		this.notifier = notifier;
		this.audit = audit;
	}

	/**
	 * Sends the agenda and files to the members: refused when the meeting is less than
	 * {@code board.agenda-lead-days} days away (MADDE 12(1)); the applications move to
	 * ON_AGENDA and every member is notified.
	 */
	@Transactional
	public Meeting sendAgenda(Long meetingId) {
		Meeting meeting = this.locks.lock(meetingId);
		String before = meeting.describe();
		Instant now = this.rules.now();
		BoardKind kind = meeting.getBoard().getKind();
		meeting.sendAgenda(now, AuditTrail.currentActor(), this.rules.earliestMeetingDate(kind),
				this.rules.leadDays(kind), kind.agendaArticle());
		this.handover.handOver(meeting);
		this.locks.flush();
		this.audit.record("AGENDA_SENT", MeetingService.ENTITY, meetingId,
				"Agenda sent to the members (" + kind.agendaArticle() + ")", before, meeting.describe());
		this.conflicts.detect(meeting, now);
		String when = BoardDates.format(meeting.getStartsAt());
		for (Long member : meeting.boardMembers()) {
			this.notifier.notifyUser(member, "board.notification.agenda-sent",
					new Object[] { meeting.getBoard().getName(), when, meeting.getItems().size() },
					"/board/member/meetings/" + meetingId);
		}
		return meeting;
	}

}
