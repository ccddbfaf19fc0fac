package tr.destek.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The refund of one payment: the amount paid, the legal interest from its payment date to
 * the refund date (MADDE 17(6), 18(6)), split by the rate periods it crossed.
 */
public record RefundLine(LocalDate paymentDate, BigDecimal amount, List<InterestPeriod> periods, BigDecimal interest,
		BigDecimal total) {

	/**
	 * A stretch of days during which one legal interest rate applied.
	 *
	 * @param from the first day counted (exclusive of the payment day)
	 * @param to the last day counted (inclusive)
	 * @param days the number of days
	 * @param annualPercent the yearly rate in force
	 * @param interest {@code amount × rate × days / 365}, rounded HALF_UP to kuruş
	 */
	public record InterestPeriod(LocalDate from, LocalDate to, long days, BigDecimal annualPercent,
			BigDecimal interest) {

	}

}
