package tr.destek.board;

/** What the board decided on an application (MADDE 10(3), 12(6)). */
public enum ItemOutcome {

	ACCEPTED, REJECTED, CORRECTION_REQUESTED;

	public String messageKey() {
		return "board.outcome." + name();
	}

}
