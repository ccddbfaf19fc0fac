package tr.destek.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The refund of interest support with legal interest (MADDE 17(6): "Faiz desteği ödeme
 * tarihinden itibaren işleyecek yasal faizi ile birlikte tahsil edilir"; MADDE 18(6) for
 * wrong or undue payments). Simple interest on each payment, counted in actual days from
 * the day after the payment date up to and including the refund date, over a 365-day
 * year; when the legal rate changes inside that stretch each sub-period uses the rate in
 * force on its days. Each sub-period's interest is rounded HALF_UP to kuruş. A pure
 * function: the caller supplies the payments and the rate versions.
 */
public final class RefundCalculator {

	private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RefundCalculator() {
	}

	/**
	 * @param payments the interest support payments made
	 * @param refundDate the day up to which interest runs (the board decision or refund
	 * date)
	 * @param rates every version of the legal interest rate, in any order; one must be in
	 * force on each day counted
	 * @param waived whether the board found force majeure or a similar cause (MADDE
	 * 17(6)): then nothing is reclaimed
	 */
	public static RefundStatement calculate(List<PaidSupport> payments, LocalDate refundDate,
			List<LegalInterestRate> rates, boolean waived) {
		if (waived) {
			return RefundStatement.waived(refundDate);
		}
		List<LegalInterestRate> sorted = rates.stream()
			.sorted(Comparator.comparing(LegalInterestRate::validFrom))
			.toList();
		List<RefundLine> lines = new ArrayList<>();
		BigDecimal principal = BigDecimal.ZERO.setScale(2);
		BigDecimal interest = BigDecimal.ZERO.setScale(2);
		for (PaidSupport payment : payments.stream().sorted(Comparator.comparing(PaidSupport::paymentDate)).toList()) {
			RefundLine line = line(payment, refundDate, sorted);
			lines.add(line);
			principal = principal.add(line.amount());
			interest = interest.add(line.interest());
		}
		return new RefundStatement(refundDate, false, List.copyOf(lines), principal, interest, principal.add(interest));
	}

	private static RefundLine line(PaidSupport payment, LocalDate refundDate, List<LegalInterestRate> rates) {
		BigDecimal amount = payment.amount().setScale(2, RoundingMode.HALF_UP);
		List<RefundLine.InterestPeriod> periods = new ArrayList<>();
		BigDecimal interest = BigDecimal.ZERO.setScale(2);
		// days counted: (paymentDate, refundDate]
		LocalDate day = payment.paymentDate().plusDays(1);
		while (!day.isAfter(refundDate)) {
			LegalInterestRate rate = inForce(rates, day);
			LocalDate next = nextChange(rates, day);
			LocalDate to = (next != null && !next.isAfter(refundDate)) ? next.minusDays(1) : refundDate;
			long days = ChronoUnit.DAYS.between(day, to) + 1;
			BigDecimal periodInterest = amount.multiply(rate.annualPercent())
				.multiply(BigDecimal.valueOf(days))
				.divide(HUNDRED.multiply(DAYS_PER_YEAR), 2, RoundingMode.HALF_UP);
			periods.add(new RefundLine.InterestPeriod(day, to, days, rate.annualPercent(), periodInterest));
			interest = interest.add(periodInterest);
			day = to.plusDays(1);
		}
		return new RefundLine(payment.paymentDate(), amount, List.copyOf(periods), interest, amount.add(interest));
	}

	private static LegalInterestRate inForce(List<LegalInterestRate> rates, LocalDate day) {
		LegalInterestRate found = null;
		for (LegalInterestRate rate : rates) {
			if (!rate.validFrom().isAfter(day)) {
				found = rate;
			}
		}
		if (found == null) {
			throw new IllegalStateException("no legal interest rate in force on " + day);
		}
		return found;
	}

	private static LocalDate nextChange(List<LegalInterestRate> rates, LocalDate day) {
		return rates.stream().map(LegalInterestRate::validFrom).filter(d -> d.isAfter(day)).findFirst().orElse(null);
	}

}
