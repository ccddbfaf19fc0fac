package tr.destek.kosgeb.eligibility;

import java.time.LocalDate;

/**
 * The last day on which an act may be done within a period of years counted from a start
 * day (MADDE 18(13), (14)). The facade counts with the calendar module (a last day on a
 * weekend or official holiday moves to the next working day); {@link #SAME_DAY} only
 * applies MADDE 18(14).
 */
@FunctionalInterface
public interface PeriodEnd {

	/**
	 * MADDE 18(14): a period in years ends on the same day of the same month of the last
	 * year, or on the last day of that month when it has no such day (29 February).
	 */
	PeriodEnd SAME_DAY = (start, years) -> start.plusYears(years);

	LocalDate lastDay(LocalDate start, int years);

}
