package tr.destek.board;

/** Where a meeting stands. */
public enum MeetingStatus {

	/** scheduled, the agenda is being built */
	SCHEDULED,
	/** the agenda and files were sent to the members (MADDE 12(1)) */
	AGENDA_SENT;

	public String messageKey() {
		return "board.meeting.status." + name();
	}

}
