package tr.destek.board;

/** How a board meets: in a place or electronically (MADDE 12(1)). */
public enum MeetingFormat {

	PHYSICAL, ELECTRONIC;

	public String messageKey() {
		return "board.format." + name();
	}

}
