package tr.destek.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tr.destek.calendar.Deadline;
import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.programme.ProgrammeParameters;

/**
 * The dates and limits of payments, counted by the calendar from the programme parameters
 * of the file's scope (MADDE 6(5), 15(7),(17),(18), 18(12),(14)).
 */
@Component
public class PaymentRules {

	private final DeadlineCalendar calendar;

	private final ProgrammeParameters parameters;

	PaymentRules(DeadlineCalendar calendar, ProgrammeParameters parameters) {
		this.calendar = calendar;
		this.parameters = parameters;
	}

	/**
	 * MADDE 18(12): assets bought may not be sold, rented or pledged until one year after
	 * the last maturity, counted with the calendar's YEARS rule (MADDE 18(14)). The lock
	 * is a prohibition, not an act to perform, so the last day is not moved to a working
	 * day.
	 */
	public LocalDate assetLockUntil(SupportSchedule schedule) {
		return this.calendar.deadline(schedule.lastMaturity(), 1, PeriodUnit.YEARS, Delivery.ELECTRONIC).lastDay();
	}

	/** MADDE 15(18): the request at the latest 4 months after the last maturity. */
	public Deadline requestDeadline(String scope, SupportSchedule schedule) {
		int months = this.parameters.integer(scope, "payment.request-deadline-months", schedule.lastMaturity());
		return this.calendar.deadline(schedule.lastMaturity(), months, PeriodUnit.MONTHS, Delivery.ELECTRONIC);
	}

	/**
	 * MADDE 6(5), 15(17): the last day of the programme period, counted from its first
	 * day with the calendar's MONTHS rule (MADDE 18(14)).
	 */
	public LocalDate programmeEnd(String scope, LocalDate programmeStart) {
		int months = this.parameters.integer(scope, "programme.duration-months", programmeStart);
		return this.calendar.deadline(programmeStart, months, PeriodUnit.MONTHS, Delivery.ELECTRONIC).lastDay();
	}

	/** MADDE 15(7): a tax/SGK debt above this limit is offset from the payment. */
	public BigDecimal debtOffsetLimit(String scope, LocalDate day) {
		return this.parameters.decimal(scope, "payment.debt-offset-limit", day);
	}

	/**
	 * MADDE 17(2),(5): no request, oluru or approval while the programme stopped the
	 * file's pending payments.
	 */
	static void refuseWhenStopped(PayableFile file) {
		if (file.stop() != null) {
			throw new PaymentRuleException(file.stop().messageKey());
		}
	}

}
