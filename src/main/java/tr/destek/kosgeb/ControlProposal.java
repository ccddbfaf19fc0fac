package tr.destek.kosgeb;

/** What the responsible staff member proposes after the control (MADDE 9(2),(3)). */
public enum ControlProposal {

	/** suitable: present to the board */
	APPROVE_FOR_BOARD,
	/** open for correction with the list of what to fix */
	REQUEST_CORRECTION,
	/** reject with reasons */
	REJECT;

	public String messageKey() {
		return "kosgeb.proposal." + name();
	}

}
