package tr.destek.monitoring;

/** Why the board terminates a programme (MADDE 17(5)). */
public enum TerminationCause {

	/** the enterprise's liquidation (tasfiye) started */
	LIQUIDATION,
	/** the enterprise closed (kapanma) */
	CLOSURE,
	/** another ground the board states in its decision */
	OTHER;

	public String messageKey() {
		return "monitoring.termination.cause." + name();
	}

}
