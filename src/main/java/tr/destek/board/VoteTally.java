package tr.destek.board;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts the votes on an item once every sitting member has voted (MADDE 11(1): the board
 * decides only with all its members) and finds the majority (MADDE 12(6)).
 * <p>
 * A three-way split (one accept, one reject, one correction) has no majority. MADDE 12(6)
 * says an application is accepted only with a majority of the votes ("kabul edilebilmesi
 * için oy çokluğunun sağlanması gerekir"), so it is not accepted; the regulation knows no
 * third state between acceptance and the two other decisions, and a correction needs a
 * majority asking for it just as much. We read "not accepted" as <b>rejected</b>: the
 * applicant then holds the once-only appeal right of MADDE 13, a remedy with a deadline,
 * instead of an open-ended "no decision" that could return to the agenda forever.
 */
public record VoteTally(ItemOutcome outcome, Map<VoteDecision, Integer> counts, boolean majority) {

	/**
	 * @param votes the decisions of all sitting members
	 * @param quorum the number of members who must vote (all of them, MADDE 11(1))
	 */
	public static VoteTally of(Collection<VoteDecision> votes, int quorum) {
		if (votes.size() != quorum) {
			throw new BoardRuleException("board.error.vote.quorum", quorum, votes.size());
		}
		Map<VoteDecision, Integer> counts = new EnumMap<>(VoteDecision.class);
		for (VoteDecision decision : VoteDecision.values()) {
			counts.put(decision, 0);
		}
		votes.forEach(v -> counts.merge(v, 1, Integer::sum));
		for (Map.Entry<VoteDecision, Integer> count : counts.entrySet()) {
			if (count.getValue() * 2 > quorum) {
				return new VoteTally(outcomeOf(count.getKey()), counts, true);
			}
		}
		// no majority: not accepted (MADDE 12(6)), read as rejected (see the class
		// comment)
		return new VoteTally(ItemOutcome.REJECTED, counts, false);
	}

	private static ItemOutcome outcomeOf(VoteDecision decision) {
		return switch (decision) {
			case ACCEPT -> ItemOutcome.ACCEPTED;
			case REJECT -> ItemOutcome.REJECTED;
			case REQUEST_CORRECTION -> ItemOutcome.CORRECTION_REQUESTED;
		};
	}

}
