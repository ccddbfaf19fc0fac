package tr.destek.board;

/** How a conflict of interest came to light (MADDE 18(10)). */
public enum ConflictSource {

	/** the member declared it */
	DECLARED,
	/** the system found the member's TCKN among the enterprise's declared persons */
	DETECTED;

	public String messageKey() {
		return "board.conflict.source." + name();
	}

}
