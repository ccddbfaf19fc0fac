package tr.destek.board;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.platform.DestekTime;
import tr.destek.platform.MoneyFormat;
import tr.destek.platform.NotFoundException;

/**
 * Online voting (MADDE 10(2),(3), 11(1), 12(6)): each member sitting for an item scores
 * it against the Kurul Değerlendirme Kriterleri, accepts an amount per item of the
 * subject (an expense item; the programme gives the requested amounts and the limits of
 * the total through {@link AgendaSubjects}), votes and writes his reason. A vote is final
 * once cast and hidden from the other members until all have voted; the item row is
 * locked while a vote is recorded, so two members voting at the same moment are counted
 * one after the other and neither vote is lost.
 */
@Service
public class VotingService {

	private final MeetingRepository meetings;

	private final AgendaItemRepository items;

	private final VoteRepository votes;

	private final CriterionRepository criteria;

	private final AgendaSubjectPorts subjects;

	private final MoneyFormat money;

	private final AuditTrail audit;

	private final Clock clock;

	private final DecisionRepository decisions;

	private final DecisionMechanics mechanics;

	VotingService(MeetingRepository meetings, AgendaItemRepository items, VoteRepository votes,
			CriterionRepository criteria, AgendaSubjectPorts subjects, MoneyFormat money, AuditTrail audit, Clock clock,
			DecisionRepository decisions, DecisionMechanics mechanics) {
		this.decisions = decisions;
		this.mechanics = mechanics;
		this.meetings = meetings;
		this.items = items;
		this.votes = votes;
		this.criteria = criteria;
		this.subjects = subjects;
		this.money = money;
		this.audit = audit;
		this.clock = clock;
	}

	/** The Kurul Değerlendirme Kriterleri in force today (TAB.34.00.02). */
	@Transactional(readOnly = true)
	public List<Criterion> criteria() {
		return this.criteria.findInForce(today());
	}

	/** Records a member's vote on an item; refused with the reason when not allowed. */
	@Transactional
	public Vote cast(Long meetingId, Long itemId, Long memberId, Ballot ballot) {
		this.items.lockById(itemId).orElseThrow(NotFoundException::new);
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		AgendaItem item = meeting.item(itemId);
		if (meeting.getStatus() == MeetingStatus.SCHEDULED || !meeting.isParticipant(memberId)) {
			throw new AccessDeniedException("not a participant of this meeting");
		}
		if (!meeting.hasSigned(memberId)) {
			throw new CommitmentNotSignedException();
		}
		if (item.getKind() != AgendaItemKind.NEW_APPLICATION) {
			// other matters are not voted; appeals are voted by AppealCommissionService
			throw new BoardRuleException("board.error.vote.not-an-application");
		}
		List<Long> boardMembers = meeting.boardMembers();
		if (!item.sittingMembers(boardMembers).contains(memberId)) {
			throw new AccessDeniedException("not sitting for this item (MADDE 18(10))");
		}
		this.mechanics.requireOpenForVotes(this.decisions, itemId);
		if (!item.isDecidable(boardMembers)) {
			// MADDE 11(1), 18(10): all seats must be filled, a conflicted member replaced
			throw new BoardRuleException("board.error.vote.seat-empty");
		}
		if (this.votes.existsByItemIdAndUserId(itemId, memberId)) {
			throw new BoardRuleException("board.error.vote.already-cast");
		}
		List<Criterion> inForce = criteria();
		AgendaSubject subject = this.subjects.find(item);
		List<BallotProblem> problems = problems(ballot, inForce, subject);
		if (!problems.isEmpty()) {
			throw problems.get(0).toException();
		}
		Vote vote = new Vote(itemId, memberId, inForce.get(0).getSetVersion(), ballot.decision(),
				ballot.reason().strip(), new LinkedHashMap<>(ballot.scores()), acceptedAmounts(ballot, subject),
				Instant.now(this.clock));
		this.votes.saveAndFlush(vote);
		this.audit.record("VOTE_CAST", MeetingService.ENTITY, meetingId,
				"Member " + memberId + " voted on item " + item.getSubject(), null, vote.describe());
		return vote;
	}

	/**
	 * Everything wrong with a ballot at once (decision, reason, each criterion's score,
	 * each item's amount, the total), so the member corrects them in one round trip; the
	 * same rules {@link #cast} enforces. Only for a member sitting for the item.
	 */
	@Transactional(readOnly = true)
	public List<BallotProblem> check(Long meetingId, Long itemId, Long memberId, Ballot ballot) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		AgendaItem item = meeting.item(itemId);
		if (meeting.getStatus() == MeetingStatus.SCHEDULED || !meeting.isParticipant(memberId)
				|| !item.sittingMembers(meeting.boardMembers()).contains(memberId)) {
			throw new AccessDeniedException("not sitting for this item (MADDE 18(10))");
		}
		if (item.getKind() != AgendaItemKind.NEW_APPLICATION) {
			return List.of();
		}
		return problems(ballot, criteria(), this.subjects.find(item));
	}

	/**
	 * The votes on an item as a sitting member may see them: his own, and the others'
	 * only once all have voted.
	 */
	@Transactional(readOnly = true)
	public ItemResult resultForMember(Long meetingId, Long itemId, Long memberId) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		AgendaItem item = meeting.item(itemId);
		if (meeting.getStatus() == MeetingStatus.SCHEDULED || !meeting.isParticipant(memberId)) {
			throw new AccessDeniedException("not a participant of this meeting");
		}
		if (!item.sittingMembers(meeting.boardMembers()).contains(memberId)) {
			throw new AccessDeniedException("not sitting for this item (MADDE 18(10))");
		}
		return result(meeting, item, memberId);
	}

	/** The votes on an item for the secretariat: all of them, once every member voted. */
	@Transactional(readOnly = true)
	public ItemResult resultForSecretariat(Long meetingId, Long itemId) {
		Meeting meeting = this.meetings.findById(meetingId).orElseThrow(NotFoundException::new);
		return result(meeting, meeting.item(itemId), null);
	}

	private ItemResult result(Meeting meeting, AgendaItem item, Long viewerId) {
		SecretBallot<Vote> ballot = SecretBallot.of(meeting, item, this.votes);
		int quorum = ballot.quorum();
		if (!ballot.complete()) {
			return new ItemResult(ballot.votesCast(), quorum, ballot.visibleTo(viewerId), null, null);
		}
		List<Vote> cast = ballot.cast();
		VoteTally tally = VoteTally.of(cast.stream().map(Vote::getDecision).toList(), quorum);
		SupportBase base = null;
		if (tally.outcome() == ItemOutcome.ACCEPTED) {
			AgendaSubject subject = this.subjects.find(item);
			base = SupportBase.of(cast, subject.items().stream().map(DecidableItem::id).toList(),
					subject.minimumTotal(), subject.maximumTotal());
		}
		return new ItemResult(cast.size(), quorum, cast, tally, base);
	}

	/**
	 * MADDE 10(3): a decision and its reason; every criterion of the set in force scored
	 * 1..5 (TAB.34.00.02); to accept, an amount per expense item between zero and its
	 * requested amount and a total within the programme's limits (MADDE 7(7), 6(2)).
	 */
	private List<BallotProblem> problems(Ballot ballot, List<Criterion> inForce, AgendaSubject subject) {
		List<BallotProblem> problems = new ArrayList<>();
		if (ballot == null || ballot.decision() == null) {
			problems.add(new BallotProblem("decision", "board.error.vote.decision"));
		}
		if (ballot == null || ballot.reason() == null || ballot.reason().isBlank()) {
			problems.add(new BallotProblem("reason", "board.error.vote.reason"));
		}
		Map<String, Integer> given = (ballot == null || ballot.scores() == null) ? Map.of() : ballot.scores();
		Set<String> codes = inForce.stream().map(Criterion::getCode).collect(Collectors.toSet());
		for (Criterion criterion : inForce) {
			Integer score = given.get(criterion.getCode());
			if (score == null || score < Criterion.MIN_SCORE || score > Criterion.MAX_SCORE) {
				problems.add(new BallotProblem("scores[" + criterion.getCode() + "]", "board.error.vote.scores",
						Criterion.MIN_SCORE, Criterion.MAX_SCORE));
			}
		}
		if (!codes.containsAll(given.keySet())) {
			problems.add(new BallotProblem(null, "board.error.vote.scores", Criterion.MIN_SCORE, Criterion.MAX_SCORE));
		}
		if (ballot != null && ballot.decision() == VoteDecision.ACCEPT) {
			problems.addAll(amountProblems(ballot, subject));
		}
		return problems;
	}

	private List<BallotProblem> amountProblems(Ballot ballot, AgendaSubject subject) {
		List<BallotProblem> problems = new ArrayList<>();
		Map<Long, BigDecimal> given = ballot.amounts() == null ? Map.of() : ballot.amounts();
		BigDecimal total = BigDecimal.ZERO;
		for (DecidableItem expense : subject.items()) {
			BigDecimal amount = given.get(expense.id());
			if (amount == null || amount.signum() < 0 || amount.compareTo(expense.requested()) > 0) {
				problems.add(new BallotProblem("amounts[" + expense.id() + "]", "board.error.vote.amount-range",
						expense.description(), this.money.format(expense.requested())));
			}
			else {
				total = total.add(amount.setScale(2, java.math.RoundingMode.HALF_UP));
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		BigDecimal min = subject.minimumTotal();
		BigDecimal max = subject.maximumTotal();
		if (total.compareTo(min) < 0) {
			problems.add(new BallotProblem(null, "board.error.vote.base-below-minimum", this.money.format(total),
					this.money.format(min)));
		}
		if (total.compareTo(max) > 0) {
			problems.add(new BallotProblem(null, "board.error.vote.base-above-maximum", this.money.format(total),
					this.money.format(max)));
		}
		return problems;
	}

	/**
	 * To accept, the member gives an amount for every expense item, between zero and the
	 * requested amount, and his total lies within the programme's limits (MADDE 7(7),
	 * 6(2)); rejecting or asking for a correction accepts nothing.
	 */
	private Map<Long, BigDecimal> acceptedAmounts(Ballot ballot, AgendaSubject subject) {
		if (ballot.decision() != VoteDecision.ACCEPT) {
			return Map.of();
		}
		Map<Long, BigDecimal> accepted = new LinkedHashMap<>();
		for (DecidableItem expense : subject.items()) {
			accepted.put(expense.id(), ballot.amounts().get(expense.id()).setScale(2, java.math.RoundingMode.HALF_UP));
		}
		return accepted;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

}
