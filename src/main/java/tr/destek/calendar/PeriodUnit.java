package tr.destek.calendar;

/**
 * How a period is given: in days (MADDE 18(13)), months or years (MADDE 18(14)).
 * <p>
 * {@link #maxAmount()} is the calculator's horizon, the same ten years in every unit
 * (3650 days, 120 months, 10 years): the regulation's periods are days, months and at
 * most a few years (e.g. the 36-month programme, MADDE 6(5); monitoring after it, MADDE
 * 17), and official holidays are entered only some years ahead, so a longer period cannot
 * be counted reliably. Before, 3650 applied to every unit and accepted 3650 years.
 */
public enum PeriodUnit {

	DAYS(3650), MONTHS(120), YEARS(10);

	private final int maxAmount;

	PeriodUnit(int maxAmount) {
		this.maxAmount = maxAmount;
	}

	/** The longest period the calculator counts in this unit. */
	public int maxAmount() {
		return this.maxAmount;
	}

}
