package tr.destek.board;

/** A member's vote on an application (MADDE 10(3), 12(6)). */
public enum VoteDecision {

	ACCEPT, REJECT, REQUEST_CORRECTION;

	public String messageKey() {
		return "board.vote.decision." + name();
	}

}
