package tr.destek.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates of one programme as counted by the calendar (MADDE 18(13),(14)).
 *
 * @param start the registry date of the first board decision to support it (MADDE 6(5))
 * @param end {@code start} + the programme duration in months (MADDE 6(5), calendar month
 * rule of MADDE 18(14))
 * @param reportWindowOpens {@code end} + 12 months: the maturity report becomes due
 * (MADDE 17(2))
 * @param reportDue the end of the 3-month window (MADDE 17(2)), shifted past a weekend or
 * holiday (MADDE 18(13))
 */
public record ProgrammePeriod(LocalDate start, LocalDate end, LocalDate reportWindowOpens, Instant reportDue) {

}
