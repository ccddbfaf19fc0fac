package tr.destek.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;

/**
 * The secretariat's meetings (MADDE 12): scheduling and reading them here; building the
 * agenda ({@link MeetingAgenda}), sending it ({@link AgendaSending}) and seating
 * substitutes ({@link SubstituteSeating}) are delegated, so that the callers keep one
 * door. The rules:
 * <ul>
 * <li>MADDE 12(1): the agenda and files reach the members at least
 * {@code board.agenda-lead-days} (7) days before the meeting, counted with the deadline
 * calendar (MADDE 18(13): the sending day is day 0);</li>
 * <li>MADDE 12(8): a board evaluates at most {@code board.max-new-applications-per-day}
 * (15) new applications a day; other matters are not limited.</li>
 * </ul>
 * Agenda changes lock the board row, so two people adding at once cannot pass the daily
 * limit together.
 */
@Service
public class MeetingService {

	/** The audit entity type of meetings. */
	public static final String ENTITY = "BoardMeeting";

	private final MeetingRepository meetings;

	private final BoardRepository boards;

	private final AgendaRules rules;

	private final AuditTrail audit;

	private final MeetingAgenda agenda;

	private final AgendaSending sending;

	private final SubstituteSeating seating;

	MeetingService(MeetingRepository meetings, BoardRepository boards, AgendaRules rules, AuditTrail audit,
			MeetingAgenda agenda, AgendaSending sending, SubstituteSeating seating) {
		this.meetings = meetings;
		this.boards = boards;
		this.rules = rules;
		this.audit = audit;
		this.agenda = agenda;
		this.sending = sending;
		this.seating = seating;
	}

	/**
	 * Schedules a meeting. A meeting sooner than the agenda lead time from today is
	 * refused, since its agenda could no longer be sent in time (MADDE 12(1)).
	 */
	@Transactional
	public Meeting schedule(Long boardId, MeetingFormat format, String place, String link, LocalDateTime startsAt) {
		Board board = this.boards.findById(boardId).orElseThrow(NotFoundException::new);
		if (startsAt == null) {
			throw new BoardRuleException("board.error.meeting.when-and-how");
		}
		LocalDate earliest = earliestMeetingDate(board.getKind());
		if (startsAt.toLocalDate().isBefore(earliest)) {
			throw new BoardRuleException("board.error.agenda.lead-days", BoardDates.format(startsAt.toLocalDate()),
					BoardDates.format(earliest), this.rules.leadDays(board.getKind()), board.getKind().agendaArticle());
		}
		Meeting meeting = this.meetings.save(new Meeting(board, format, place, link,
				startsAt.atZone(DestekTime.ZONE).toInstant(), this.rules.now(), AuditTrail.currentActor()));
		this.audit.record("MEETING_SCHEDULED", ENTITY, meeting.getId(), "Meeting of " + board.getName() + " scheduled",
				null, meeting.describe());
		return meeting;
	}

	/** See {@link MeetingAgenda#addApplication}. */
	public AgendaItem addApplication(Long meetingId, Long applicationId) {
		return this.agenda.addApplication(meetingId, applicationId);
	}

	/** See {@link MeetingAgenda#addSubject}. */
	public AgendaItem addSubject(Long meetingId, SubjectRef ref) {
		return this.agenda.addSubject(meetingId, ref);
	}

	/** See {@link MeetingAgenda#candidates}. */
	public List<SubjectLabel> candidates(Meeting meeting) {
		return this.agenda.candidates(meeting);
	}

	/** See {@link MeetingAgenda#addOtherItem}. */
	public AgendaItem addOtherItem(Long meetingId, String subject) {
		return this.agenda.addOtherItem(meetingId, subject);
	}

	/** See {@link MeetingAgenda#removeItem}. */
	public void removeItem(Long meetingId, Long itemId) {
		this.agenda.removeItem(meetingId, itemId);
	}

	/** See {@link AgendaSending#sendAgenda}. */
	public Meeting sendAgenda(Long meetingId) {
		return this.sending.sendAgenda(meetingId);
	}

	/** See {@link SubstituteSeating#seatSubstitute}. */
	public ItemSubstitute seatSubstitute(Long meetingId, Long itemId, Long replacedUserId, Long substituteUserId,
			String reason) {
		return this.seating.seatSubstitute(meetingId, itemId, replacedUserId, substituteUserId, reason);
	}

	/** A meeting with its board, seats and agenda. */
	@Transactional(readOnly = true)
	public Meeting find(Long meetingId) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		initialize(meeting);
		return meeting;
	}

	/** A board's meetings, latest first. */
	@Transactional(readOnly = true)
	public List<Meeting> meetingsOf(Long boardId) {
		List<Meeting> found = this.meetings.findByBoard(boardId);
		found.forEach(Meeting::getItems);
		return found;
	}

	/**
	 * The first day a meeting of a body of this kind may be held if its agenda is sent
	 * today: today plus the agenda lead days ({@code board.agenda-lead-days}, MADDE
	 * 12(1); {@code appeal.agenda-lead-days}, MADDE 13), counted with the deadline
	 * calendar (MADDE 18(13): the sending day is day 0).
	 */
	public LocalDate earliestMeetingDate(BoardKind kind) {
		return this.rules.earliestMeetingDate(kind);
	}

	static void initialize(Meeting meeting) {
		meeting.getBoard().activeSeats();
		meeting.getSignatures();
		meeting.participations();
		meeting.getItems().forEach(i -> {
			i.getConflicts();
			i.getSubstitutes();
		});
	}

}
