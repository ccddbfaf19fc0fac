package tr.destek.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealService;
import tr.destek.appeal.AppealStatus;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * The secretariat's meetings (MADDE 12): scheduling, building the agenda from the
 * applications ready for the board and sending it to the members. The rules:
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

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final Notifier notifier;

	private final AgendaSubjectPorts subjects;

	private final ApplicationEventPublisher events;

	private final UserAccountService users;

	private final DecisionRepository decisions;

	private final AuditTrail audit;

	private final Clock clock;

	private final AppealService appeals;

	MeetingService(MeetingRepository meetings, BoardRepository boards, DeadlineCalendar calendar,
			ProgrammeParameters parameters, Notifier notifier, AgendaSubjectPorts subjects,
			ApplicationEventPublisher events, UserAccountService users, DecisionRepository decisions, AuditTrail audit,
			Clock clock, AppealService appeals) {
		this.appeals = appeals;
		this.meetings = meetings;
		this.boards = boards;
		this.calendar = calendar;
		this.parameters = parameters;
		this.notifier = notifier;
		this.subjects = subjects;
		this.events = events;
		this.users = users;
		this.decisions = decisions;
		this.audit = audit;
		this.clock = clock;
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
					BoardDates.format(earliest), leadDays(board.getKind()), board.getKind().agendaArticle());
		}
		Instant now = Instant.now(this.clock);
		Meeting meeting = this.meetings.save(new Meeting(board, format, place, link,
				startsAt.atZone(DestekTime.ZONE).toInstant(), now, AuditTrail.currentActor()));
		this.audit.record("MEETING_SCHEDULED", ENTITY, meeting.getId(), "Meeting of " + board.getName() + " scheduled",
				null, meeting.describe());
		return meeting;
	}

	/**
	 * Puts an application of the one programme that brings subjects today on the agenda
	 * (see {@link #addSubject}).
	 */
	@Transactional
	public AgendaItem addApplication(Long meetingId, Long applicationId) {
		return addSubject(meetingId, new SubjectRef(this.subjects.single().source(), applicationId));
	}

	/**
	 * Puts a subject that is ready for the board (MADDE 10(1)) on the agenda, at most
	 * {@code board.max-new-applications-per-day} new applications a day per board (MADDE
	 * 12(8)).
	 */
	@Transactional
	public AgendaItem addSubject(Long meetingId, SubjectRef ref) {
		Meeting meeting = lockedMeeting(meetingId);
		if (meeting.getBoard().getKind() == BoardKind.APPEAL_COMMISSION) {
			return addAppeal(meeting, this.subjects.find(ref));
		}
		AgendaSubject subject = this.subjects.find(ref);
		if (!subject.ready()) {
			throw new BoardRuleException("board.error.agenda.not-ready", subject.reference());
		}
		if (this.meetings.onOpenAgenda(ref.source(), ref.id())) {
			throw new BoardRuleException("board.error.agenda.already-on-agenda");
		}
		String limitKey = meeting.getBoard().getKind().maxNewPerDayKey();
		int max = limitKey == null ? Integer.MAX_VALUE
				: this.parameters.integer(ParameterScope.KOSGEB_DT, limitKey, today());
		long already = this.meetings.countNewApplications(meeting.getBoard().getId(), meeting.getMeetingDate());
		if (already >= max) {
			throw new BoardRuleException("board.error.agenda.daily-limit", max,
					BoardDates.format(meeting.getMeetingDate()));
		}
		String before = meeting.describe();
		AgendaItem item = meeting.addApplication(ref, subject.title(), Instant.now(this.clock),
				AuditTrail.currentActor());
		this.meetings.flush();
		this.audit.record("AGENDA_ITEM_ADDED", ENTITY, meetingId,
				"Application " + subject.reference() + " added (MADDE 12(8): " + (already + 1) + "/" + max + ")",
				before, meeting.describe());
		return item;
	}

	/**
	 * An appeal forwarded by the unit (APPEAL_FORWARDED, MADDE 13(2)) on an appeal
	 * commission's agenda; the daily limit of MADDE 12(8) is the board's and does not
	 * apply.
	 */
	private AgendaItem addAppeal(Meeting meeting, AgendaSubject subject) {
		SubjectRef ref = subject.ref();
		if (!forwardedAppeal(ref)) {
			throw new BoardRuleException("appeal.commission.error.not-forwarded", subject.reference());
		}
		if (this.meetings.onOpenAgenda(ref.source(), ref.id())) {
			throw new BoardRuleException("board.error.agenda.already-on-agenda");
		}
		String before = meeting.describe();
		AgendaItem item = meeting.addAppeal(ref, subject.reference(), Instant.now(this.clock),
				AuditTrail.currentActor());
		this.meetings.flush();
		this.audit.record("AGENDA_ITEM_ADDED", ENTITY, meeting.getId(),
				"Appeal of application " + subject.reference() + " added (MADDE 13(6))", before, meeting.describe());
		return item;
	}

	/**
	 * Whether the subject's appeal waits, forwarded, for the commission (MADDE 13(2)).
	 */
	private boolean forwardedAppeal(SubjectRef ref) {
		return this.appeals.forSubject(ref.source(), ref.id())
			.filter(appeal -> appeal.getStatus() == AppealStatus.FORWARDED)
			.isPresent();
	}

	/**
	 * The candidates for a meeting's agenda: applications ready for the board (MADDE
	 * 10(1)), or for the appeal commission the appeals forwarded by the units (MADDE
	 * 13(2)).
	 */
	@Transactional(readOnly = true)
	public List<SubjectLabel> candidates(Meeting meeting) {
		if (meeting.getBoard().getKind() == BoardKind.APPEAL_COMMISSION) {
			// one query for all forwarded appeals' applications
			AgendaSubjects port = this.subjects.single();
			Set<Long> onAgenda = this.meetings.subjectsOnOpenAgendas(port.source());
			List<Long> forwarded = this.appeals.forwarded()
				.stream()
				.map(Appeal::getSubjectId)
				.filter(applicationId -> !onAgenda.contains(applicationId))
				.toList();
			java.util.Map<Long, SubjectLabel> labels = port.labels(forwarded);
			return forwarded.stream().map(labels::get).filter(java.util.Objects::nonNull).toList();
		}
		// a subject already on an agenda not yet sent leaves the candidates (issue 10,
		// point 7); one query per programme
		List<SubjectLabel> candidates = new java.util.ArrayList<>();
		for (AgendaSubjects port : this.subjects.all()) {
			Set<Long> onAgenda = this.meetings.subjectsOnOpenAgendas(port.source());
			port.candidates().stream().filter(c -> !onAgenda.contains(c.id())).forEach(candidates::add);
		}
		return candidates;
	}

	/**
	 * Adds a termination or another matter; these are not limited per day (MADDE 12(8)).
	 */
	@Transactional
	public AgendaItem addOtherItem(Long meetingId, String subject) {
		Meeting meeting = lockedMeeting(meetingId);
		String before = meeting.describe();
		AgendaItem item = meeting.addOther(subject, Instant.now(this.clock), AuditTrail.currentActor());
		this.meetings.flush();
		this.audit.record("AGENDA_ITEM_ADDED", ENTITY, meetingId, "Other matter added: " + item.getSubject(), before,
				meeting.describe());
		return item;
	}

	/** Takes an item off an agenda not yet sent. */
	@Transactional
	public void removeItem(Long meetingId, Long itemId) {
		Meeting meeting = lockedMeeting(meetingId);
		String before = meeting.describe();
		AgendaItem removed = meeting.removeItem(itemId);
		this.meetings.flush();
		this.audit.record("AGENDA_ITEM_REMOVED", ENTITY, meetingId, "Item removed: " + removed.getSubject(), before,
				meeting.describe());
	}

	/**
	 * Sends the agenda and files to the members: refused when the meeting is less than
	 * {@code board.agenda-lead-days} days away (MADDE 12(1)); the applications move to
	 * ON_AGENDA and every member is notified.
	 */
	@Transactional
	public Meeting sendAgenda(Long meetingId) {
		Meeting meeting = lockedMeeting(meetingId);
		String before = meeting.describe();
		Instant now = Instant.now(this.clock);
		BoardKind kind = meeting.getBoard().getKind();
		meeting.sendAgenda(now, AuditTrail.currentActor(), earliestMeetingDate(kind), leadDays(kind),
				kind.agendaArticle());
		for (AgendaItem item : meeting.getItems()) {
			if (item.getKind() == AgendaItemKind.APPEAL) {
				// MADDE 13(6): the commission's agenda; the appeal must still be
				// forwarded
				if (!forwardedAppeal(item.getSubjectRef())) {
					throw new BoardRuleException("appeal.commission.error.not-forwarded", item.getSubject());
				}
				this.appeals.putOnAgenda(item.getSubjectRef().source(), item.getSubjectRef().id(),
						meeting.getBoard().getName());
			}
			else if (item.getSubjectRef() != null) {
				AgendaSubject subject = this.subjects.find(item);
				if (!subject.ready()) {
					throw new BoardRuleException("board.error.agenda.not-ready", subject.reference());
				}
				// the programme moves its file in the same transaction (MADDE 12(1))
				this.events
					.publishEvent(new SubjectPutOnAgenda(subject.ref(), meeting.getId(), meeting.getBoard().getName()));
			}
		}
		this.meetings.flush();
		this.audit.record("AGENDA_SENT", ENTITY, meetingId, "Agenda sent to the members (" + kind.agendaArticle() + ")",
				before, meeting.describe());
		detectConflicts(meeting, now);
		String when = BoardDates.format(meeting.getStartsAt());
		for (Long member : meeting.boardMembers()) {
			this.notifier.notifyUser(member, "board.notification.agenda-sent",
					new Object[] { meeting.getBoard().getName(), when, meeting.getItems().size() },
					"/board/member/meetings/" + meetingId);
		}
		return meeting;
	}

	/**
	 * Finds the members whose TCKN is among the declared persons (owners, partners,
	 * employees and their relatives) of an enterprise on the agenda, and records the
	 * conflict for that item (MADDE 18(10)).
	 */
	private void detectConflicts(Meeting meeting, Instant now) {
		List<UserAccount> members = meeting.boardMembers()
			.stream()
			.map(id -> this.users.find(id).orElseThrow())
			.filter(u -> u.getTckn() != null)
			.toList();
		if (members.isEmpty()) {
			return;
		}
		for (AgendaItem item : meeting.getItems()) {
			if (item.getSubjectRef() == null) {
				continue;
			}
			AgendaSubject subject = this.subjects.find(item);
			for (UserAccount member : members) {
				if (subject.isRelated(member.getTckn())
						&& item.recordConflict(member.getId(), ConflictSource.DETECTED, null, now, AuditTrail.SYSTEM)) {
					this.audit.recordAs(AuditTrail.SYSTEM, "CONFLICT_DETECTED", ENTITY, meeting.getId(),
							"Member " + member.getId() + " is a declared person of the enterprise of item "
									+ item.getSubject() + " (MADDE 18(10))",
							null, null);
				}
			}
		}
		this.meetings.flush();
	}

	/**
	 * Seats a substitute for one item in place of a conflicted member (MADDE 18(10)); the
	 * substitute must hold the member role of the board's kind and must not be conflicted
	 * himself (his TCKN is checked too). Recorded and audited.
	 */
	@Transactional
	public ItemSubstitute seatSubstitute(Long meetingId, Long itemId, Long replacedUserId, Long substituteUserId,
			String reason) {
		Meeting meeting = lockedMeeting(meetingId);
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
		Instant now = Instant.now(this.clock);
		ItemSubstitute seated = item.seatSubstitute(meeting.boardMembers(), replacedUserId, substituteUserId, reason,
				now, AuditTrail.currentActor());
		meeting.recordSubstitute(item, seated, now, AuditTrail.currentActor());
		this.meetings.flush();
		this.audit.record("SUBSTITUTE_SEATED", ENTITY, meetingId, "Member " + substituteUserId + " sits for item "
				+ item.getSubject() + " in place of " + replacedUserId + " (MADDE 18(10)): " + seated.getReason(), null,
				null);
		if (meeting.getStatus() == MeetingStatus.AGENDA_SENT) {
			this.notifier.notifyUser(
					substituteUserId, "board.notification.substitute", new Object[] { meeting.getBoard().getName(),
							BoardDates.format(meeting.getStartsAt()), item.getSubject() },
					"/board/member/meetings/" + meetingId);
		}
		return seated;
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
		return this.calendar.deadline(today(), leadDays(kind), PeriodUnit.DAYS, Delivery.ELECTRONIC).lastDay();
	}

	private int leadDays(BoardKind kind) {
		return this.parameters.integer(ParameterScope.KOSGEB_DT, kind.agendaLeadDaysKey(), today());
	}

	private Meeting lockedMeeting(Long meetingId) {
		Long boardId = this.meetings.boardIdOf(meetingId).orElseThrow(NotFoundException::new);
		this.boards.lockById(boardId);
		return this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
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

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

}
