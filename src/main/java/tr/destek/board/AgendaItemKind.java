package tr.destek.board;

/**
 * What an agenda item is. Only new applications count towards the daily limit of a board
 * (MADDE 12(8): at most 15 new applications a day; terminations and other matters have no
 * limit).
 */
public enum AgendaItemKind {

	/** an application controlled and found suitable (READY_FOR_BOARD) */
	NEW_APPLICATION(true),
	/** termination and other matters (sonlandırma ve diğer hususlar) */
	OTHER(false),
	/**
	 * an appeal forwarded by the unit, before the appeal commission (MADDE 13(2),(6)); no
	 * daily limit
	 */
	APPEAL(false);

	private final boolean countsTowardsDailyLimit;

	AgendaItemKind(boolean countsTowardsDailyLimit) {
		this.countsTowardsDailyLimit = countsTowardsDailyLimit;
	}

	/** Whether the item counts towards the daily limit of MADDE 12(8). */
	public boolean countsTowardsDailyLimit() {
		return this.countsTowardsDailyLimit;
	}

	public String messageKey() {
		return "board.item.kind." + name();
	}

}
