package tr.destek.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;

/**
 * A board member's side: his meetings, the confidentiality commitment (FRM.34.00.04) he
 * e-signs per meeting before seeing any file, conflicts he declares per item (MADDE
 * 18(10)) and the files of the items he sits for. A member sees only meetings of boards
 * he sits on (or items he substitutes for), and no file data before signing.
 */
@Service
public class BoardMemberService {

	private final MeetingRepository meetings;

	private final CommitmentTextRepository texts;

	private final AgendaSubjectPorts subjects;

	private final DecisionRepository decisions;

	private final AuditTrail audit;

	private final Clock clock;

	BoardMemberService(MeetingRepository meetings, CommitmentTextRepository texts, AgendaSubjectPorts subjects,
			DecisionRepository decisions, AuditTrail audit, Clock clock) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.texts = texts;
		this.subjects = subjects;
		this.audit = audit;
		this.clock = clock;
	}

	/** The meetings the member takes part in whose agenda was sent, latest first. */
	@Transactional(readOnly = true)
	public List<Meeting> meetingsOf(Long memberId) {
		List<Meeting> found = this.meetings.findForParticipant(memberId);
		found.forEach(MeetingService::initialize);
		return found;
	}

	/**
	 * A meeting the member takes part in (its agenda, without any file data).
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional(readOnly = true)
	public Meeting meeting(Long meetingId, Long memberId) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		requireParticipant(meeting, memberId);
		MeetingService.initialize(meeting);
		return meeting;
	}

	/** The commitment text in force today. */
	@Transactional(readOnly = true)
	public CommitmentText currentCommitment() {
		return this.texts
			.findFirstByValidFromLessThanEqualOrderByValidFromDesc(LocalDate.now(this.clock.withZone(DestekTime.ZONE)))
			.orElseThrow(() -> new IllegalStateException("no Gizlilik ve Tarafsızlık Taahhütnamesi text in force"));
	}

	/**
	 * The member e-signs the confidentiality and impartiality commitment for this meeting
	 * (FRM.34.00.04); who, when and which text version are recorded.
	 */
	@Transactional
	public CommitmentSignature sign(Long meetingId, Long memberId) {
		// once per member: the meeting row is locked, so a second signature sent at the
		// same instant waits and then finds the first
		Meeting meeting = this.meetings.lockById(meetingId).orElseThrow(NotFoundException::new);
		requireParticipant(meeting, memberId);
		boolean already = meeting.hasSigned(memberId);
		CommitmentSignature signature = meeting.sign(memberId, currentCommitment().getVersion(),
				Instant.now(this.clock));
		if (!already) {
			this.meetings.flush();
			this.audit.record(
					"COMMITMENT_SIGNED", MeetingService.ENTITY, meetingId, "Member " + memberId
							+ " e-signed the Gizlilik ve Tarafsızlık Taahhütnamesi " + signature.getTextVersion(),
					null, null);
		}
		return signature;
	}

	/**
	 * The member declares that he may not sit for an item (MADDE 18(10)); he then sees no
	 * file of it, and the item waits for a substitute.
	 */
	@Transactional
	public void declareConflict(Long meetingId, Long itemId, Long memberId, String note) {
		// once per member and item: the meeting row is locked, so a second
		// declaration sent at the same instant waits and then finds the first
		Meeting meeting = this.meetings.lockById(meetingId).orElseThrow(NotFoundException::new);
		requireParticipant(meeting, memberId);
		AgendaItem item = meeting.item(itemId);
		if (item.isConflicted(memberId)) {
			// declared already (a second click, or two at the same instant): nothing
			// changes and the member is not told he may not sit, which he declared
			return;
		}
		if (!item.sittingMembers(meeting.boardMembers()).contains(memberId)) {
			throw new AccessDeniedException("not sitting for this item");
		}
		if (this.decisions.findByItemId(itemId).isPresent()) {
			throw new BoardRuleException("board.error.decision.item-closed");
		}
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 1000) {
			throw new BoardRuleException("board.too-long");
		}
		if (item.recordConflict(memberId, ConflictSource.DECLARED, cleanNote, Instant.now(this.clock),
				AuditTrail.currentActor())) {
			this.meetings.flush();
			this.audit.record("CONFLICT_DECLARED", MeetingService.ENTITY, meetingId,
					"Member " + memberId + " declared a conflict for item " + item.getSubject() + " (MADDE 18(10))",
					null, null);
		}
	}

	/**
	 * The file of an item: only for a member who signed the commitment for this meeting
	 * and sits for the item (not conflicted, or its substitute).
	 * @throws AccessDeniedException otherwise
	 */
	@Transactional(readOnly = true)
	public AgendaSubject file(Long meetingId, Long itemId, Long memberId) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		requireParticipant(meeting, memberId);
		if (!meeting.hasSigned(memberId)) {
			throw new CommitmentNotSignedException();
		}
		AgendaItem item = meeting.item(itemId);
		if (item.getSubjectRef() == null) {
			throw new NotFoundException();
		}
		if (!item.sittingMembers(meeting.boardMembers()).contains(memberId)) {
			throw new AccessDeniedException("not sitting for this item (MADDE 18(10))");
		}
		return this.subjects.find(item);
	}

	private static void requireParticipant(Meeting meeting, Long memberId) {
		if (meeting.getStatus() == MeetingStatus.SCHEDULED || !meeting.isParticipant(memberId)) {
			throw new AccessDeniedException("not a participant of this meeting");
		}
	}

}
