package tr.destek.board;

import java.util.List;

/**
 * The votes on an item as one viewer may see them: a member sees his own vote, and the
 * others' only once every sitting member has voted; the tally and the support base exist
 * only then.
 *
 * @param votesCast how many of the sitting members have voted
 * @param quorum how many must vote (all of them, MADDE 11(1))
 * @param visibleVotes the votes this viewer may read
 * @param tally the majority, once complete
 * @param base the accepted support base, once complete and accepted
 */
public record ItemResult(int votesCast, int quorum, List<Vote> visibleVotes, VoteTally tally, SupportBase base) {

	public boolean complete() {
		return this.tally != null;
	}

}
