package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.SlaStatus;
import tr.destek.platform.DestekTime;

/**
 * The 7-day control period of the responsible staff (MADDE 9(1)) as an SLA timer: a
 * standard processing time, so it only warns and escalates and never blocks (MADDE
 * 18(15)). It runs while the file waits for or is under control ({@code SUBMITTED},
 * {@code IN_CONTROL}); its due instant is stored on the application
 * ({@code control_due_at}). The status follows {@link DeadlineCalendar#sla}: OVERDUE
 * after the due instant, DUE_SOON when at most
 * {@code destek.calendar.sla-warning-working-days} working days remain up to the due day,
 * ON_TIME otherwise. Expressed as a {@link Window} of two instants, the same rule filters
 * the queue in SQL.
 */
@Component
public class ControlSla {

	private final DeadlineCalendar calendar;

	private final Clock clock;

	private final int warningWorkingDays;

	ControlSla(DeadlineCalendar calendar, Clock clock,
			@Value("${destek.calendar.sla-warning-working-days:2}") int warningWorkingDays) {
		this.calendar = calendar;
		this.clock = clock;
		this.warningWorkingDays = warningWorkingDays;
	}

	/** Whether the control period runs in this state. */
	public static boolean runsIn(ApplicationStatus status) {
		return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.IN_CONTROL;
	}

	public Window window() {
		return window(Instant.now(this.clock));
	}

	/**
	 * At {@code now}: due before {@code now} is OVERDUE; due before the start of the
	 * first day that leaves more than the warning's working days is DUE_SOON (the due day
	 * is always a working day, MADDE 18(13)).
	 */
	public Window window(Instant now) {
		LocalDate day = now.atZone(DestekTime.ZONE).toLocalDate();
		int counted = 0;
		while (counted <= this.warningWorkingDays) {
			day = day.plusDays(1);
			if (this.calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return new Window(now, day.atStartOfDay(DestekTime.ZONE).toInstant());
	}

	/**
	 * @param now the moment judged
	 * @param dueSoonBefore a due instant before this (and not before {@code now}) is due
	 * soon
	 */
	public record Window(Instant now, Instant dueSoonBefore) {

		/**
		 * The SLA status of a file due at {@code due}, {@code null} when no period runs.
		 */
		public SlaStatus status(ApplicationStatus status, Instant due) {
			if (due == null || !runsIn(status)) {
				return null;
			}
			if (this.now.isAfter(due)) {
				return SlaStatus.OVERDUE;
			}
			return due.isBefore(this.dueSoonBefore) ? SlaStatus.DUE_SOON : SlaStatus.ON_TIME;
		}

	}

}
