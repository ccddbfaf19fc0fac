package tr.destek.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;

/**
 * Building a meeting's agenda before it is sent (MADDE 12): the candidates, the subjects
 * ready for the board (MADDE 10(1)) at most {@code board.max-new-applications-per-day}
 * new applications a day per board (MADDE 12(8)), the appeals forwarded to an appeal
 * commission (MADDE 13(2),(6)), other matters (not limited) and taking items off. Every
 * change is made under the board's row lock and audited on the meeting.
 */
@Service
public class MeetingAgenda {

	private final MeetingLocks locks;

	private final MeetingRepository meetings;

	private final AgendaRules rules;

	private final AgendaSubjectPorts subjects;

	private final CommissionAppeals appeals;

	private final AuditTrail audit;

	MeetingAgenda(MeetingLocks locks, MeetingRepository meetings, AgendaRules rules, AgendaSubjectPorts subjects,
			CommissionAppeals appeals, AuditTrail audit) {
		this.locks = locks;
		this.meetings = meetings;
		this.rules = rules;
		this.subjects = subjects;
		this.appeals = appeals;
		this.audit = audit;
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
		Meeting meeting = this.locks.lock(meetingId);
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
		int max = this.rules.dailyLimit(meeting.getBoard().getKind());
		long already = this.meetings.countNewApplications(meeting.getBoard().getId(), meeting.getMeetingDate());
		if (already >= max) {
			throw new BoardRuleException("board.error.agenda.daily-limit", max,
					BoardDates.format(meeting.getMeetingDate()));
		}
		String before = meeting.describe();
		AgendaItem item = meeting.addApplication(ref, subject.title(), this.rules.now(), AuditTrail.currentActor());
		this.locks.flush();
		this.audit.record("AGENDA_ITEM_ADDED", MeetingService.ENTITY, meetingId,
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
		if (!this.appeals.forwarded(ref)) {
			throw new BoardRuleException("appeal.commission.error.not-forwarded", subject.reference());
		}
		if (this.meetings.onOpenAgenda(ref.source(), ref.id())) {
			throw new BoardRuleException("board.error.agenda.already-on-agenda");
		}
		String before = meeting.describe();
		AgendaItem item = meeting.addAppeal(ref, subject.reference(), this.rules.now(), AuditTrail.currentActor());
		this.locks.flush();
		this.audit.record("AGENDA_ITEM_ADDED", MeetingService.ENTITY, meeting.getId(),
				"Appeal of application " + subject.reference() + " added (MADDE 13(6))", before, meeting.describe());
		return item;
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
			List<Long> forwarded = this.appeals.forwardedSubjectIds()
				.stream()
				.filter(applicationId -> !onAgenda.contains(applicationId))
				.toList();
			Map<Long, SubjectLabel> labels = port.labels(forwarded);
			return forwarded.stream().map(labels::get).filter(Objects::nonNull).toList();
		}
		// a subject already on an agenda not yet sent leaves the candidates (issue 10,
		// point 7); one query per programme
		List<SubjectLabel> candidates = new ArrayList<>();
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
		Meeting meeting = this.locks.lock(meetingId);
		String before = meeting.describe();
		AgendaItem item = meeting.addOther(subject, this.rules.now(), AuditTrail.currentActor());
		this.locks.flush();
		this.audit.record("AGENDA_ITEM_ADDED", MeetingService.ENTITY, meetingId,
				"Other matter added: " + item.getSubject(), before, meeting.describe());
		return item;
	}

	/** Takes an item off an agenda not yet sent. */
	@Transactional
	public void removeItem(Long meetingId, Long itemId) {
		Meeting meeting = this.locks.lock(meetingId);
		String before = meeting.describe();
		AgendaItem removed = meeting.removeItem(itemId);
		this.locks.flush();
		this.audit.record("AGENDA_ITEM_REMOVED", MeetingService.ENTITY, meetingId,
				"Item removed: " + removed.getSubject(), before, meeting.describe());
	}

}
