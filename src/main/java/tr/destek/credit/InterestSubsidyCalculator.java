package tr.destek.credit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tr.destek.platform.InvalidInputException;

/**
 * The interest subsidy of KOSGEB UE-34.00/03 MADDE 15(4) as amended on 29/11/2024 ("kredi
 * tutarı, vade ve destek puanı üzerinden", Destek Hesaplama Tablosu TAB.34.00.04),
 * computed as in {@code calculations.md} §1: the interest of a loan of {@code P} at the
 * annual rate {@code s}, repaid like the real loan in 3-month periods (MADDE 6(6)).
 * <ul>
 * <li>quarterly rate {@code i = s / 4}; grace quarters {@code G = g / 3}; repayment
 * quarters {@code m = (n − g) / 3};</li>
 * <li>a grace quarter's interest is {@code round(P × i)} and it repays no principal;</li>
 * <li>installment {@code A = round(P × i / (1 − (1 + i)^−m))}; in each repayment quarter
 * interest = {@code round(balance × i)}, principal = {@code A − interest}, except the
 * last quarter, whose principal is the whole remaining balance;</li>
 * <li>the subsidy of a quarter is its interest; the total is the sum of the rounded
 * quarters;</li>
 * <li>quarter {@code k} falls due {@code 3·k} months after the disbursement date; a day
 * the month lacks becomes its last day (deadlines.md item 4, MADDE 18(14)).</li>
 * </ul>
 * Every stored amount is rounded HALF_UP to the kuruş. Pure: no Spring, no clock.
 */
public final class InterestSubsidyCalculator {

	static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal QUARTERS_PER_YEAR = BigDecimal.valueOf(4);

	private final LoanLimits limits;

	public InterestSubsidyCalculator(LoanLimits limits) {
		this.limits = limits;
	}

	/** With the limits of MADDE 6(2) and 6(6). */
	public InterestSubsidyCalculator() {
		this(LoanLimits.REGULATION);
	}

	/**
	 * The schedule for {@code terms}; {@code approvedBaseAmount} is the board's support
	 * base amount (the loan ceiling, MADDE 6(2), 14(2)) or {@code null} when not known.
	 * @throws InvalidInputException naming the field and the limit it breaks
	 */
	public InterestSubsidySchedule calculate(LoanTerms terms, BigDecimal approvedBaseAmount) {
		validate(terms, approvedBaseAmount);
		BigDecimal principalAmount = terms.loanAmount().setScale(2, RoundingMode.UNNECESSARY);
		BigDecimal rate = terms.supportPoints().annualRate().divide(QUARTERS_PER_YEAR, PRECISION);
		int m = terms.repaymentQuarters();
		BigDecimal installment = installment(principalAmount, rate, m);

		List<SubsidyQuarter> quarters = new ArrayList<>();
		BigDecimal balance = principalAmount;
		int total = terms.quarters();
		for (int k = 1; k <= total; k++) {
			LocalDate due = dueDate(terms.disbursementDate(), k);
			BigDecimal interest = money(balance.multiply(rate));
			BigDecimal principal;
			if (k <= terms.graceQuarters()) {
				principal = zero();
			}
			else if (k == total) {
				principal = balance;
			}
			else {
				principal = installment.subtract(interest);
			}
			balance = balance.subtract(principal);
			quarters.add(new SubsidyQuarter(k, due, interest, principal, balance));
		}
		BigDecimal totalSubsidy = quarters.stream().map(SubsidyQuarter::interest).reduce(zero(), BigDecimal::add);
		return new InterestSubsidySchedule(terms, rate, installment, quarters, totalSubsidy);
	}

	/** {@code A = round(P × i / (1 − (1 + i)^−m))}. */
	static BigDecimal installment(BigDecimal principal, BigDecimal quarterlyRate, int repaymentQuarters) {
		BigDecimal growth = BigDecimal.ONE.add(quarterlyRate).pow(repaymentQuarters, PRECISION);
		BigDecimal discount = BigDecimal.ONE.divide(growth, PRECISION);
		BigDecimal denominator = BigDecimal.ONE.subtract(discount, PRECISION);
		return money(principal.multiply(quarterlyRate, PRECISION).divide(denominator, PRECISION));
	}

	/**
	 * Quarter {@code k} is due {@code 3·k} months after disbursement, always counted from
	 * the disbursement date (31 January → 30 April, 31 July, 31 October, 31 January).
	 */
	public static LocalDate dueDate(LocalDate disbursementDate, int quarter) {
		return disbursementDate.plusMonths((long) LoanLimits.QUARTER_MONTHS * quarter);
	}

	private void validate(LoanTerms terms, BigDecimal approvedBaseAmount) {
		BigDecimal amount = terms.loanAmount();
		if (amount == null) {
			throw new InvalidInputException("loanAmount", "credit.error.required");
		}
		if (terms.disbursementDate() == null) {
			throw new InvalidInputException("disbursementDate", "credit.error.required");
		}
		if (terms.supportPoints() == null) {
			throw new InvalidInputException("supportPoints", "credit.error.supportPoints.required");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException("loanAmount", "credit.error.loanAmount.kurus");
		}
		// MADDE 6(2): 1.000.000 TL – 20.000.000 TL per enterprise
		if (amount.compareTo(this.limits.minAmount()) < 0) {
			throw new InvalidInputException("loanAmount", "credit.error.loanAmount.min", this.limits.minAmount());
		}
		if (amount.compareTo(this.limits.maxAmount()) > 0) {
			throw new InvalidInputException("loanAmount", "credit.error.loanAmount.max", this.limits.maxAmount());
		}
		// MADDE 6(2), 14(2): the board's support base amount is the loan ceiling
		if (approvedBaseAmount != null && amount.compareTo(approvedBaseAmount) > 0) {
			throw new InvalidInputException("loanAmount", "credit.error.loanAmount.base", approvedBaseAmount);
		}
		int n = terms.termMonths();
		int g = terms.graceMonths();
		// MADDE 6(2), 6(6): at most 36 months, installments every 3 months
		if (n < LoanLimits.QUARTER_MONTHS) {
			throw new InvalidInputException("termMonths", "credit.error.termMonths.min", LoanLimits.QUARTER_MONTHS);
		}
		if (n > this.limits.maxTermMonths()) {
			throw new InvalidInputException("termMonths", "credit.error.termMonths.max", this.limits.maxTermMonths());
		}
		if (n % LoanLimits.QUARTER_MONTHS != 0) {
			throw new InvalidInputException("termMonths", "credit.error.termMonths.quarters",
					LoanLimits.QUARTER_MONTHS);
		}
		// MADDE 6(6): up to 6 months of grace, in whole quarters, within the term
		if (g < 0 || g > this.limits.maxGraceMonths() || g % LoanLimits.QUARTER_MONTHS != 0) {
			throw new InvalidInputException("graceMonths", "credit.error.graceMonths.allowed",
					this.limits.maxGraceMonths());
		}
		if (g >= n) {
			throw new InvalidInputException("graceMonths", "credit.error.graceMonths.term", n);
		}
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

}
