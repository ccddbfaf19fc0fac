package tr.destek.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A time limit counted by KOSGEB UE MADDE 18(13) and (14).
 *
 * @param start the day of the triggering event (day 0)
 * @param amount how many days, months or years were given
 * @param unit the unit of {@code amount}
 * @param delivery electronic act or physical delivery, which sets the final hour
 * @param lastDay the last day as counted, before any shift
 * @param endDate the day the period really ends: {@code lastDay}, or the first working
 * day after it when it falls on a weekend or an official holiday
 * @param end the final moment in Europe/Istanbul
 * @param shifted whether {@code endDate} was moved past {@code lastDay}
 * @param holidaysInside the official holidays between the day after {@code start} and
 * {@code endDate} (they count inside the period)
 * @param reasons the explanation, sentence by sentence, each citing its article
 * @param holidayDataComplete {@code false} when a year the period touches has no holidays
 * entered yet, so the result may miss a holiday
 */
public record Deadline(LocalDate start, int amount, PeriodUnit unit, Delivery delivery, LocalDate lastDay,
		LocalDate endDate, OffsetDateTime end, boolean shifted, List<Holiday> holidaysInside,
		List<DeadlineReason> reasons, boolean holidayDataComplete) {

	public Deadline {
		holidaysInside = List.copyOf(holidaysInside);
		reasons = List.copyOf(reasons);
	}

	/** The final moment as an instant, for storing. */
	public Instant endInstant() {
		return this.end.toInstant();
	}

	/** Whether the period is over at {@code now}. */
	public boolean isOverAt(Instant now) {
		return now.isAfter(endInstant());
	}

}
