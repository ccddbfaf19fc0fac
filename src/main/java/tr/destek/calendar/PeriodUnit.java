package tr.destek.calendar;

/** How a period is given: in days (MADDE 18(13)), months or years (MADDE 18(14)). */
public enum PeriodUnit {

	DAYS, MONTHS, YEARS

}
