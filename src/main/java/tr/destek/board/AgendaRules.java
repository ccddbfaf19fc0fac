package tr.destek.board;

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
 * The two numbers of an agenda, as in force today: the lead days before the meeting
 * ({@code board.agenda-lead-days}, MADDE 12(1); {@code appeal.agenda-lead-days}, MADDE
 * 13) counted with the deadline calendar (MADDE 18(13): the sending day is day 0), and
 * the new applications a board may evaluate a day
 * ({@code board.max-new-applications-per-day}, MADDE 12(8)); and the meetings' clock.
 */
@Component
class AgendaRules {

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	private final Clock clock;

	AgendaRules(DeadlineCalendar calendar, ProgrammeParameters parameters, Clock clock) {
		this.calendar = calendar;
		this.parameters = parameters;
		this.clock = clock;
	}

	/**
	 * The first day a meeting of a body of this kind may be held if its agenda is sent
	 * today (MADDE 12(1), 13, 18(13)).
	 */
	LocalDate earliestMeetingDate(BoardKind kind) {
		return this.calendar.deadline(today(), leadDays(kind), PeriodUnit.DAYS, Delivery.ELECTRONIC).lastDay();
	}

	/** The agenda lead days of a body of this kind (MADDE 12(1), 13). */
	int leadDays(BoardKind kind) {
		return this.parameters.integer(ParameterScope.KOSGEB_DT, kind.agendaLeadDaysKey(), today());
	}

	/**
	 * The new applications a body of this kind may evaluate a day (MADDE 12(8)); no limit
	 * for a body without one.
	 */
	int dailyLimit(BoardKind kind) {
		String limitKey = kind.maxNewPerDayKey();
		return limitKey == null ? Integer.MAX_VALUE
				: this.parameters.integer(ParameterScope.KOSGEB_DT, limitKey, today());
	}

	Instant now() {
		return Instant.now(this.clock);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(DestekTime.ZONE));
	}

}
