package tr.destek.calendar;

import java.time.LocalDate;

/** A date can carry one holiday only (ux_official_holiday_date). */
public class DuplicateHolidayDateException extends RuntimeException {

	private final LocalDate date;

	public DuplicateHolidayDateException(LocalDate date) {
		super("An official holiday already exists on " + date);
		this.date = date;
	}

	public LocalDate getDate() {
		return this.date;
	}

}
