package tr.destek.board;

import java.util.List;

/**
 * The votes on an appeal item as someone may see them: a member sees his own vote, and
 * everybody's once all sitting members have voted; the secretariat sees the count and,
 * once complete, the votes.
 *
 * @param votesCast how many sitting members voted
 * @param quorum how many must vote (all members, MADDE 13(7))
 * @param visibleVotes the votes the viewer may see
 * @param complete whether every sitting member voted
 */
public record AppealItemResult(int votesCast, int quorum, List<AppealVote> visibleVotes, boolean complete) {

	/** The accept votes among the visible ones. */
	public long accepts() {
		return this.visibleVotes.stream().filter(v -> v.getDecision() == VoteDecision.ACCEPT).count();
	}

	/** The majority's outcome once complete (MADDE 13(7)): accepted or not. */
	public boolean accepted() {
		return this.complete && accepts() * 2 > this.quorum;
	}

}
