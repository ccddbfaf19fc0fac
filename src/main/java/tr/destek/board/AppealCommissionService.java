package tr.destek.board;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealService;
import tr.destek.audit.AuditTrail;
import tr.destek.platform.NotFoundException;

/**
 * The appeal commission's work on an appeal (MADDE 13(3)-(13)), on the meetings and
 * agendas of a {@link BoardKind#APPEAL_COMMISSION} board:
 * <ul>
 * <li>13(7): it meets with all three members and decides by majority; each member who
 * signed the commitment (FRM.34.00.04) and sits for the item votes accept or reject with
 * a reason; votes are final and hidden from the others until all have voted; scores and
 * amounts are the board's business and are not asked for;</li>
 * <li>13(8): the decision with its reasons is written on the İtiraz Karar Formu
 * (FRM.34.00.07), e-approved by every sitting member and registered
 * ({@code IK-<year>-<n>}); registration moves the application (13(10)) and tells the
 * applicant (13(9));</li>
 * <li>13(13): a member sitting for the item may watch the records of the board meeting
 * that rejected the application.</li>
 * </ul>
 */
@Service
public class AppealCommissionService {

	/** The audit entity type of appeal decisions. */
	public static final String ENTITY = "AppealDecision";

	/**
	 * The programme whose subjects the commission's agenda items name: the items hold
	 * KOSGEB application ids until the board's agenda items carry a subject reference
	 * (issue 11 point 1); then the source comes with the item.
	 */
	public static final String AGENDA_SOURCE = "KOSGEB";

	private final MeetingRepository meetings;

	private final AgendaItemRepository items;

	private final AppealVoteRepository votes;

	private final AppealDecisionRepository decisions;

	private final DecisionRepository boardDecisions;

	private final AppealService appeals;

	private final AuditTrail audit;

	private final Clock clock;

	private final DecisionMechanics mechanics;

	AppealCommissionService(MeetingRepository meetings, AgendaItemRepository items, AppealVoteRepository votes,
			AppealDecisionRepository decisions, DecisionRepository boardDecisions, AppealService appeals,
			AuditTrail audit, Clock clock, DecisionMechanics mechanics) {
		this.meetings = meetings;
		this.items = items;
		this.votes = votes;
		this.decisions = decisions;
		this.boardDecisions = boardDecisions;
		this.appeals = appeals;
		this.audit = audit;
		this.clock = clock;
		this.mechanics = mechanics;
	}

	/**
	 * The appeal on an item for a member who signed the commitment and sits for it.
	 * @throws AccessDeniedException, CommitmentNotSignedException otherwise
	 */
	@Transactional(readOnly = true)
	public Appeal appealForMember(Long meetingId, Long itemId, Long memberId) {
		AgendaItem item = sittingItem(find(meetingId), itemId, memberId);
		return this.appeals.forSubject(item.getSubjectRef().source(), item.getSubjectRef().id())
			.orElseThrow(NotFoundException::new);
	}

	/** A member votes accept or reject on an appeal, with a reason (MADDE 13(7),(8)). */
	@Transactional
	public AppealVote cast(Long meetingId, Long itemId, Long memberId, VoteDecision decision, String reason) {
		this.items.lockById(itemId).orElseThrow(NotFoundException::new);
		Meeting meeting = find(meetingId);
		AgendaItem item = sittingItem(meeting, itemId, memberId);
		this.mechanics.requireOpenForVotes(this.decisions, itemId);
		if (!item.isDecidable(meeting.boardMembers())) {
			throw new BoardRuleException("board.error.vote.seat-empty");
		}
		if (decision != VoteDecision.ACCEPT && decision != VoteDecision.REJECT) {
			throw new BoardRuleException("appeal.commission.error.vote-decision");
		}
		if (reason == null || reason.isBlank()) {
			throw new BoardRuleException("appeal.commission.error.vote-reason");
		}
		if (this.votes.existsByItemIdAndUserId(itemId, memberId)) {
			throw new BoardRuleException("board.error.vote.already-cast");
		}
		AppealVote vote = this.votes
			.saveAndFlush(new AppealVote(itemId, memberId, decision, reason.strip(), Instant.now(this.clock)));
		this.audit.record("APPEAL_VOTE_CAST", MeetingService.ENTITY, meetingId,
				"Member " + memberId + " voted on appeal " + item.getSubject() + " (MADDE 13(7))", null,
				vote.describe());
		return vote;
	}

	/** The votes a sitting member may see: his own, everybody's once all voted. */
	@Transactional(readOnly = true)
	public AppealItemResult resultForMember(Long meetingId, Long itemId, Long memberId) {
		Meeting meeting = find(meetingId);
		return result(meeting, sittingItem(meeting, itemId, memberId), memberId);
	}

	/** The votes for the secretariat: the count, and all of them once complete. */
	@Transactional(readOnly = true)
	public AppealItemResult resultForSecretariat(Long meetingId, Long itemId) {
		Meeting meeting = find(meetingId);
		return result(meeting, meeting.item(itemId), null);
	}

	private AppealItemResult result(Meeting meeting, AgendaItem item, Long viewerId) {
		SecretBallot<AppealVote> ballot = SecretBallot.of(meeting, item, this.votes);
		return new AppealItemResult(ballot.votesCast(), ballot.quorum(), ballot.visibleTo(viewerId), ballot.complete());
	}

	/**
	 * Writes the İtiraz Karar Formu once all members voted: the majority's outcome (MADDE
	 * 13(7)) and the reasons of the members who formed it (13(8)).
	 */
	@Transactional
	public AppealDecision prepare(Long meetingId, Long itemId) {
		// the item through its meeting first: another meeting's item is not found
		Meeting meeting = find(meetingId);
		AgendaItem item = meeting.item(itemId);
		if (item.getKind() != AgendaItemKind.APPEAL) {
			throw new NotFoundException();
		}
		// one form per item (MADDE 13(8)): the item row is locked, so a second
		// preparation at the same instant waits and then finds the first
		this.items.lockById(itemId).orElseThrow(NotFoundException::new);
		if (this.decisions.findByItemId(itemId).isPresent()) {
			throw new BoardRuleException("board.error.decision.prepared");
		}
		AppealItemResult result = result(meeting, item, null);
		if (!result.complete()) {
			throw new BoardRuleException("board.error.decision.votes-missing", result.votesCast(), result.quorum());
		}
		int accepts = (int) result.accepts();
		int rejects = result.visibleVotes().size() - accepts;
		VoteDecision formed = accepts > rejects ? VoteDecision.ACCEPT : VoteDecision.REJECT;
		String reasons = result.visibleVotes()
			.stream()
			.filter(v -> v.getDecision() == formed)
			.map(AppealVote::getReason)
			.collect(Collectors.joining("\n"));
		AppealDecision decision = this.decisions
			.saveAndFlush(new AppealDecision(itemId, meetingId, item.getSubjectRef().source(), item.getApplicationId(),
					accepts, rejects, reasons, Instant.now(this.clock), AuditTrail.currentActor()));
		this.audit.record("APPEAL_DECISION_PREPARED", ENTITY, decision.getId(),
				"İtiraz Karar Formu prepared for " + item.getSubject() + " (MADDE 13(8))", null, decision.describe());
		this.mechanics.askForApproval(meeting, item, "appeal.commission.notification.to-approve",
				"/board/member/appeal-decisions/" + decision.getId());
		return decision;
	}

	/** A member who sat for the item e-approves the İtiraz Karar Formu (MADDE 13(8)). */
	@Transactional
	public AppealDecision approve(Long decisionId, Long memberId) {
		return this.mechanics.approve(this.decisions, decisionId, memberId, "APPEAL_DECISION_APPROVED", ENTITY,
				"İtiraz Karar Formu");
	}

	/**
	 * Registers the İtiraz Karar Formu once every sitting member approved it: accepted →
	 * the application returns to the board (MADDE 13(10)(a)); rejected → final
	 * (13(10)(b)); the applicant is told (13(9)).
	 */
	@Transactional
	public AppealDecision register(Long decisionId) {
		// registered once (MADDE 13(8)): the form's row is locked, so a second
		// registration at the same instant waits and then finds it registered
		AppealDecision decision = this.decisions.lockById(decisionId).orElseThrow(NotFoundException::new);
		String before = decision.describe();
		Registration registration = this.mechanics.registration(decision, AppealDecision.REGISTRY_PREFIX,
				this.decisions.nextRegistryNumber());
		String number = registration.number();
		decision.register(registration);
		this.decisions.flush();
		// the outcome goes back to the programme as AppealDecided (MADDE 13(10))
		this.appeals.decide(decision.getSubjectSource(), decision.getApplicationId(), decision.isAccepted(), number,
				decision.getReasons());
		this.audit.record("APPEAL_DECISION_REGISTERED", ENTITY, decisionId, "Registered as " + number, before,
				decision.describe());
		return decision;
	}

	@Transactional(readOnly = true)
	public AppealDecision decision(Long decisionId) {
		AppealDecision decision = this.decisions.findById(decisionId).orElseThrow(NotFoundException::new);
		decision.approvals();
		return decision;
	}

	/** A decision for a member who sat for its item; anyone else is refused. */
	@Transactional(readOnly = true)
	public AppealDecision decisionForMember(Long decisionId, Long memberId) {
		AppealDecision decision = decision(decisionId);
		if (!this.mechanics.sittingMembers(decision).contains(memberId)) {
			throw new AccessDeniedException("did not sit for this item");
		}
		return decision;
	}

	/**
	 * The members a decision's form names, in seat order: those who sat for its item, and
	 * once registered those whose approvals it records (MADDE 13(8)).
	 */
	@Transactional(readOnly = true)
	public List<Long> sittingMembers(AppealDecision decision) {
		return this.mechanics.formMembers(decision);
	}

	@Transactional(readOnly = true)
	public Optional<AppealDecision> forItem(Long itemId) {
		Optional<AppealDecision> decision = this.decisions.findByItemId(itemId);
		decision.ifPresent(AppealDecision::approvals);
		return decision;
	}

	/** Decisions prepared and not yet registered, oldest first. */
	@Transactional(readOnly = true)
	public List<AppealDecision> toRegister() {
		return this.decisions.findUnregistered();
	}

	/** The registered İtiraz Karar Formu of an application, if any (the applicant's). */
	@Transactional(readOnly = true)
	public Optional<AppealDecision> registeredFor(Long applicationId) {
		return this.decisions.findRegisteredForApplication(applicationId).stream().findFirst();
	}

	/**
	 * The records of the board meeting that rejected the application (MADDE 13(13)): only
	 * for a commission member who signed the commitment and sits for the appeal item.
	 */
	@Transactional(readOnly = true)
	public RejectionRecords rejectionRecords(Long meetingId, Long itemId, Long memberId) {
		AgendaItem item = sittingItem(find(meetingId), itemId, memberId);
		Decision rejection = this.boardDecisions.findRegisteredForApplication(item.getApplicationId())
			.stream()
			.filter(d -> d.getOutcome() == ItemOutcome.REJECTED)
			.reduce((first, second) -> second)
			.orElseThrow(NotFoundException::new);
		rejection.approvals();
		rejection.getItems();
		Meeting boardMeeting = find(rejection.getMeetingId());
		AgendaItem boardItem = boardMeeting.item(rejection.getItemId());
		return new RejectionRecords(boardMeeting, boardItem, rejection, this.mechanics.formMembers(rejection));
	}

	/**
	 * The item of an appeal commission meeting, for a member who takes part, signed the
	 * commitment and sits for the item (not conflicted, or its substitute).
	 */
	private static AgendaItem sittingItem(Meeting meeting, Long itemId, Long memberId) {
		if (meeting.getBoard().getKind() != BoardKind.APPEAL_COMMISSION
				|| meeting.getStatus() == MeetingStatus.SCHEDULED || !meeting.isParticipant(memberId)) {
			throw new AccessDeniedException("not a participant of this appeal commission meeting");
		}
		if (!meeting.hasSigned(memberId)) {
			throw new CommitmentNotSignedException();
		}
		AgendaItem item = meeting.item(itemId);
		if (item.getKind() != AgendaItemKind.APPEAL) {
			throw new NotFoundException();
		}
		if (!item.sittingMembers(meeting.boardMembers()).contains(memberId)) {
			throw new AccessDeniedException("not sitting for this item (MADDE 18(10))");
		}
		return item;
	}

	private Meeting find(Long meetingId) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		MeetingService.initialize(meeting);
		return meeting;
	}

}
