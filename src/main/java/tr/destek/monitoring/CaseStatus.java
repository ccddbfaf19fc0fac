package tr.destek.monitoring;

/** Where a programme stands after the board's decision started it (MADDE 6(5), 17). */
public enum CaseStatus {

	/** the programme period runs, or has ended and the maturity report is not due yet */
	ACTIVE,
	/**
	 * the maturity report window is open (MADDE 17(2)): 12 months after the programme
	 * end, for 3 months, plus 15 days after a notice
	 */
	AWAITING_MATURITY_REPORT,
	/** the new maturity level was submitted in time (MADDE 17(2)) */
	COMPLETED,
	/**
	 * no maturity level even after the notice and 15 days: the programme was not
	 * completed successfully and pending payments stop (MADDE 17(2))
	 */
	UNSUCCESSFUL,
	/**
	 * terminated by board decision on liquidation or closure (MADDE 17(5)); pending
	 * payments stop
	 */
	TERMINATED;

	public String messageKey() {
		return "monitoring.status." + name();
	}

	/** MADDE 17(2), 17(5): no further support payments. */
	public boolean stopsPayments() {
		return this == UNSUCCESSFUL || this == TERMINATED;
	}

	public boolean isClosed() {
		return this == COMPLETED || this == UNSUCCESSFUL || this == TERMINATED;
	}

}
