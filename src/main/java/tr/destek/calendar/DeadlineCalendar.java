package tr.destek.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import tr.destek.platform.DestekTime;

/**
 * The one place every time limit of the product is computed, after KOSGEB UE MADDE
 * 18(13), (14) and (15) (spec deadlines.md). Official holidays come from the admin-edited
 * calendar.
 */
@Service
public class DeadlineCalendar {

	/** Electronic acts may be done until the last minute of the day (MADDE 18(13)). */
	public static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

	private final HolidayCalendar holidays;

	private final Clock clock;

	private final LocalTime officeHoursEnd;

	private final int slaWarningWorkingDays;

	DeadlineCalendar(HolidayCalendar holidays, Clock clock,
			@Value("${destek.calendar.office-hours-end:17:30}") String officeHoursEnd,
			@Value("${destek.calendar.sla-warning-working-days:2}") int slaWarningWorkingDays) {
		this.holidays = holidays;
		this.clock = clock;
		this.officeHoursEnd = LocalTime.parse(officeHoursEnd.trim());
		this.slaWarningWorkingDays = slaWarningWorkingDays;
	}

	/**
	 * Counts a period forward from a triggering event.
	 * <ul>
	 * <li>MADDE 18(13): the trigger day is day 0, counting starts the next day, official
	 * holidays inside the period count; a last day on a weekend or official holiday moves
	 * to the first working day after it, ending at 23:59 for electronic acts and at the
	 * end of office hours for physical delivery.</li>
	 * <li>MADDE 18(14): months and years end on the same-numbered day, or on the last day
	 * of the month when it has no such day.</li>
	 * </ul>
	 * @param trigger the day of the event (application, notification ...)
	 * @param amount how many units, at least 1
	 * @param unit days, months or years
	 * @param delivery electronic act or physical delivery
	 */
	public Deadline deadline(LocalDate trigger, int amount, PeriodUnit unit, Delivery delivery) {
		if (trigger == null || unit == null || delivery == null) {
			throw new IllegalArgumentException("trigger, unit and delivery are required");
		}
		if (amount < 1) {
			throw new IllegalArgumentException("amount must be at least 1, was " + amount);
		}
		List<DeadlineReason> reasons = new ArrayList<>();
		LocalDate lastDay = switch (unit) {
			case DAYS -> trigger.plusDays(amount);
			case MONTHS -> trigger.plusMonths(amount);
			case YEARS -> trigger.plusYears(amount);
		};
		if (unit == PeriodUnit.DAYS) {
			// MADDE 18(13): day 0 is the trigger, counting starts the next day
			reasons.add(new DeadlineReason("calendar.reason.count.DAYS", amount, trigger, lastDay));
		}
		else if (lastDay.getDayOfMonth() != trigger.getDayOfMonth()) {
			// MADDE 18(14): no same-numbered day in the last month -> its last day
			reasons.add(new DeadlineReason("calendar.reason.count." + unit + ".clamped", amount, trigger,
					trigger.getDayOfMonth(), lastDay));
		}
		else {
			reasons.add(new DeadlineReason("calendar.reason.count." + unit, amount, trigger, lastDay));
		}

		LocalDate endDate = lastDay;
		while (!isWorkingDay(endDate)) {
			endDate = endDate.plusDays(1);
		}
		boolean shifted = !endDate.equals(lastDay);
		LocalTime endTime = (delivery == Delivery.ELECTRONIC) ? END_OF_DAY : this.officeHoursEnd;
		List<Holiday> inside = holidaysBetween(trigger.plusDays(1), endDate);
		long closedDaysInside = inside.stream()
			.filter(Holiday::closesOffices)
			.filter(h -> !h.date().isAfter(lastDay))
			.count();
		if (closedDaysInside > 0) {
			// MADDE 18(13): official holidays count inside the period
			reasons.add(new DeadlineReason("calendar.reason.holidays-inside", closedDaysInside));
		}
		Holiday onLastDay = this.holidays.on(lastDay);
		if (!shifted) {
			if (onLastDay != null && onLastDay.halfDay()) {
				// deadlines.md item 6: an eve (arife) is a working day
				reasons.add(new DeadlineReason("calendar.reason.end.half-day", onLastDay));
			}
			reasons.add(new DeadlineReason("calendar.reason.end.regular." + delivery, endDate, endTime));
		}
		else if (onLastDay != null && onLastDay.closesOffices()) {
			reasons.add(new DeadlineReason("calendar.reason.end.holiday." + delivery, lastDay, onLastDay, endDate,
					endTime));
		}
		else {
			reasons.add(new DeadlineReason("calendar.reason.end.weekend." + delivery, lastDay, endDate, endTime));
		}
		boolean complete = true;
		for (int year = trigger.getYear(); year <= endDate.getYear() && complete; year++) {
			complete = hasHolidayData(year);
		}
		OffsetDateTime end = endDate.atTime(endTime).atZone(DestekTime.ZONE).toOffsetDateTime();
		return new Deadline(trigger, amount, unit, delivery, lastDay, endDate, end, shifted, inside, reasons, complete);
	}

	/**
	 * Whether offices work on {@code date}: not a Saturday or Sunday, not a full-day
	 * official holiday. Half-day eves (arife) are working days (deadlines.md item 6).
	 */
	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
			return false;
		}
		Holiday holiday = this.holidays.on(date);
		return holiday == null || !holiday.closesOffices();
	}

	/**
	 * The official holidays (full and half days) from {@code from} to {@code to},
	 * inclusive.
	 */
	public List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
		List<Holiday> found = new ArrayList<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			this.holidays.year(year)
				.values()
				.stream()
				.filter(h -> !h.date().isBefore(from) && !h.date().isAfter(to))
				.forEach(found::add);
		}
		return found;
	}

	/** Whether an admin has entered the holidays of {@code year}. */
	public boolean hasHolidayData(int year) {
		return this.holidays.knownYears().contains(year);
	}

	/** The configured end of office hours ({@code destek.calendar.office-hours-end}). */
	public LocalTime officeHoursEnd() {
		return this.officeHoursEnd;
	}

	/**
	 * A standard processing time of agency staff (MADDE 18(15)), judged now.
	 * @see #sla(LocalDate, int, PeriodUnit, Instant)
	 */
	public SlaTimer sla(LocalDate trigger, int amount, PeriodUnit unit) {
		return sla(trigger, amount, unit, Instant.now(this.clock));
	}

	/**
	 * A standard processing time of agency staff (MADDE 18(15)): counted like any period
	 * (MADDE 18(13)/(14), ending 23:59), then judged at {@code now}: {@code OVERDUE}
	 * after the end, {@code DUE_SOON} when at most
	 * {@code destek.calendar.sla-warning-working-days} (default 2) working days remain
	 * counting the end day, else {@code ON_TIME}. An overdue act remains valid; callers
	 * warn and escalate, never block.
	 */
	public SlaTimer sla(LocalDate trigger, int amount, PeriodUnit unit, Instant now) {
		Deadline deadline = deadline(trigger, amount, unit, Delivery.ELECTRONIC);
		Instant due = deadline.endInstant();
		SlaStatus status;
		if (now.isAfter(due)) {
			status = SlaStatus.OVERDUE;
		}
		else if (workingDaysAfter(now.atZone(DestekTime.ZONE).toLocalDate(),
				deadline.endDate()) <= this.slaWarningWorkingDays) {
			status = SlaStatus.DUE_SOON;
		}
		else {
			status = SlaStatus.ON_TIME;
		}
		return new SlaTimer(deadline, due, status, now);
	}

	/** Working days after {@code today} up to and including {@code endDate}. */
	private int workingDaysAfter(LocalDate today, LocalDate endDate) {
		int count = 0;
		for (LocalDate day = today.plusDays(1); !day.isAfter(endDate); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
