package tr.destek.board;

/** The seat a member holds on a decision body. */
public enum SeatRole {

	/**
	 * chairs the body: a KOSGEB staff member (MADDE 11(1)), the head of department for
	 * appeals (MADDE 13)
	 */
	CHAIR,
	/**
	 * independent evaluator of the KOSGEB board (bağımsız değerlendirici, MADDE 11(1))
	 */
	INDEPENDENT_EVALUATOR,
	/** member of the appeal commission (MADDE 13) */
	MEMBER;

	public String messageKey() {
		return "board.seat." + name();
	}

}
