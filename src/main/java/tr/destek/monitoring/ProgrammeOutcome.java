package tr.destek.monitoring;

/** How a programme period ended, as monitoring establishes it (MADDE 17(2),(5)). */
public enum ProgrammeOutcome {

	/** MADDE 17(2): the new maturity level was reported. */
	COMPLETED,

	/** MADDE 17(2): no new maturity level even after the notice; payments stop. */
	UNSUCCESSFUL,

	/** MADDE 17(5): the board terminated the programme; payments stop. */
	TERMINATED

}
