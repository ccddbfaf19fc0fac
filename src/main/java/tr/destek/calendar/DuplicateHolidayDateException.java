package tr.destek.calendar;

import java.time.LocalDate;
import java.util.List;

import tr.destek.platform.RuleException;

/** A date can carry one holiday only (ux_official_holiday_date). */
public class DuplicateHolidayDateException extends RuleException {

	private final LocalDate date;

	public DuplicateHolidayDateException(LocalDate date) {
		super("An official holiday already exists on " + date,
				List.of(new Problem("date", "calendar.admin.date.duplicate")));
		this.date = date;
	}

	public LocalDate getDate() {
		return this.date;
	}

}
