package tr.destek.board;

import java.util.List;
import java.util.Set;

/**
 * The votes on one agenda item as every decision body counts them: only the votes of the
 * members who sit for the item count (MADDE 18(10)); the ballot is complete once all
 * seats are filled and every sitting member has voted, the full quorum (MADDE 11(1),
 * 13(7)); until then a member sees only his own vote and nobody else's.
 *
 * @param cast the counted votes, in the order they were cast
 * @param quorum how many must vote (all members)
 * @param complete whether every sitting member voted
 */
record SecretBallot<V extends MemberVote>(List<V> cast, int quorum, boolean complete) {

	/** The ballot on an item of a meeting, from the body's votes. */
	static <V extends MemberVote> SecretBallot<V> of(Meeting meeting, AgendaItem item, MemberVoteRepository<V> votes) {
		Set<Long> sitting = item.sittingMembers(meeting.boardMembers());
		int quorum = meeting.getBoard().getKind().size();
		List<V> cast = votes.findByItemIdOrderByCastAtAscIdAsc(item.getId())
			.stream()
			.filter(v -> sitting.contains(v.getUserId()))
			.toList();
		return new SecretBallot<>(cast, quorum, cast.size() == quorum && sitting.size() == quorum);
	}

	int votesCast() {
		return this.cast.size();
	}

	/**
	 * The votes a viewer may read: all of them once complete, before that only his own
	 * ({@code null} for the secretariat: none).
	 */
	List<V> visibleTo(Long viewerId) {
		return this.complete ? this.cast : this.cast.stream().filter(v -> v.getUserId().equals(viewerId)).toList();
	}

}
