package tr.destek.appeal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.programme.ProgrammeParameters;

/**
 * The one owner of the appeal window (MADDE 12(10), 13(1)): a rejection may be appealed
 * once within {@code appeal.window-days} (15) days of its electronic notification,
 * counted by the deadline calendar. The body that registers the decision asks it for the
 * last day it notifies; the filing is checked against that same day.
 */
@Component
public class AppealWindow {

	static final String WINDOW_DAYS = "appeal.window-days";

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	AppealWindow(DeadlineCalendar calendar, ProgrammeParameters parameters) {
		this.calendar = calendar;
		this.parameters = parameters;
	}

	/**
	 * The last day to appeal a rejection notified electronically on {@code notifiedOn}.
	 */
	public LocalDate lastDay(String scope, LocalDate notifiedOn) {
		return this.calendar
			.deadline(notifiedOn, this.parameters.integer(scope, WINDOW_DAYS, notifiedOn), PeriodUnit.DAYS,
					Delivery.ELECTRONIC)
			.endDate();
	}

	/** Whether an appeal is still in time on {@code today} (MADDE 13(1)). */
	public static boolean open(LocalDate lastDay, LocalDate today) {
		return lastDay != null && !today.isAfter(lastDay);
	}

}
