package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.platform.DestekTime;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * The two periods of the control (MADDE 9), counted by MADDE 18(13) and ending 23:59: the
 * staff's control period from the submission day (MADDE 9(1), {@code control.staff-days})
 * and the applicant's correction window from the day the unit manager approved the
 * request (MADDE 9(3), {@code correction.window-days}).
 */
@Component
class ControlDeadlines {

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final Clock clock;

	ControlDeadlines(DeadlineCalendar calendar, ProgrammeParameters parameters, Clock clock) {
		this.calendar = calendar;
		this.parameters = parameters;
		this.clock = clock;
	}

	/** The end of the control period of a submitted application (MADDE 9(1)). */
	Instant controlDue(KosgebApplication application) {
		LocalDate submitted = (application.getSubmittedAt() != null)
				? application.getSubmittedAt().atZone(DestekTime.ZONE).toLocalDate()
				: LocalDate.now(this.clock.withZone(DestekTime.ZONE));
		LocalDate asOf = (application.getApplicationDate() != null) ? application.getApplicationDate() : submitted;
		int days = this.parameters.integer(ParameterScope.KOSGEB_DT, "control.staff-days", asOf);
		return this.calendar.deadline(submitted, days, PeriodUnit.DAYS, Delivery.ELECTRONIC).endInstant();
	}

	/** The days of the staff's control period in force on this date (MADDE 9(1)). */
	int staffDays(LocalDate asOf) {
		return this.parameters.integer(ParameterScope.KOSGEB_DT, KosgebApplicationService.CONTROL_STAFF_DAYS, asOf);
	}

	/** The end of a control period starting on {@code start} (MADDE 9(1), 9(3)). */
	Instant controlDueFrom(LocalDate start) {
		return this.calendar.deadline(start, staffDays(start), PeriodUnit.DAYS, Delivery.ELECTRONIC).endInstant();
	}

	/** The end of a correction window opened on {@code today} (MADDE 9(3)). */
	Instant correctionDeadline(LocalDate today) {
		int days = this.parameters.integer(ParameterScope.KOSGEB_DT, "correction.window-days", today);
		return this.calendar.deadline(today, days, PeriodUnit.DAYS, Delivery.ELECTRONIC).endInstant();
	}

}
