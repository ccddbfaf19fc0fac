package tr.destek.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import tr.destek.programme.ParameterNotDefinedException;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ParameterValue;
import tr.destek.programme.ProgrammeParameters;

/**
 * The one place that knows which programme parameters (scope {@code KOSGEB_DT}) the loan
 * and subsidy rules read, and what the regulation says when a parameter has no version in
 * force on the date asked for.
 */
public final class KosgebLoanParameters {

	public static final String SCOPE = ParameterScope.KOSGEB_DT;

	/** Destek puanı, % a year; the version valid on the disbursement date. MADDE 6(3). */
	public static final String SUPPORT_POINTS = "support-points";

	/**
	 * Which subsidy formula applies: {@link SubsidyFormula#INTEREST_PAID_RATIO} or
	 * {@link SubsidyFormula#LOAN_TERM_SUPPORT_POINTS}. MADDE 15(4).
	 */
	public static final String SUBSIDY_FORMULA = "subsidy.formula";

	/** Loan lower limit per enterprise. MADDE 6(2), 6(4), 7(7). */
	public static final String LOAN_MIN_AMOUNT = "loan.min-amount";

	/** Loan upper limit per enterprise. MADDE 6(2). */
	public static final String LOAN_MAX_AMOUNT = "loan.max-amount";

	/** Maximum loan term in months. MADDE 6(2), 6(6). */
	public static final String LOAN_MAX_TERM_MONTHS = "loan.max-term-months";

	/** Maximum grace period in months, within the term. MADDE 6(6). */
	public static final String LOAN_MAX_GRACE_MONTHS = "loan.max-grace-months";

	/**
	 * MADDE 15(4) as amended by the Olur of 29/11/2024: from this disbursement date on,
	 * the subsidy is computed from loan amount, term and support points. Used only when
	 * no {@link #SUBSIDY_FORMULA} version is in force.
	 */
	public static final LocalDate CURRENT_FORMULA_SINCE = LocalDate.of(2024, 11, 29);

	private KosgebLoanParameters() {
	}

	/** The support points in force on the disbursement date, if the parameter exists. */
	public static Optional<SupportPoints> supportPointsOn(ProgrammeParameters parameters, LocalDate date) {
		return find(parameters, SUPPORT_POINTS, date)
			.map(value -> SupportPoints.fromParameter(value.asDecimal(), value.validFrom(), value.sourceArticle()));
	}

	/** The loan limits in force on the date; the MADDE 6 values where none is defined. */
	public static LoanLimits limitsOn(ProgrammeParameters parameters, LocalDate date) {
		LoanLimits regulation = LoanLimits.REGULATION;
		return new LoanLimits(
				find(parameters, LOAN_MIN_AMOUNT, date).map(ParameterValue::asDecimal).orElse(regulation.minAmount()),
				find(parameters, LOAN_MAX_AMOUNT, date).map(ParameterValue::asDecimal).orElse(regulation.maxAmount()),
				find(parameters, LOAN_MAX_TERM_MONTHS, date).map(ParameterValue::asInteger)
					.orElse(regulation.maxTermMonths()),
				find(parameters, LOAN_MAX_GRACE_MONTHS, date).map(ParameterValue::asInteger)
					.orElse(regulation.maxGraceMonths()));
	}

	static Optional<String> formulaName(ProgrammeParameters parameters, LocalDate date) {
		return find(parameters, SUBSIDY_FORMULA, date).map(ParameterValue::value);
	}

	private static Optional<ParameterValue> find(ProgrammeParameters parameters, String key, LocalDate date) {
		try {
			return Optional.of(parameters.valueAsOf(SCOPE, key, date));
		}
		catch (ParameterNotDefinedException ex) {
			return Optional.empty();
		}
	}

	static BigDecimal hundred() {
		return BigDecimal.valueOf(100);
	}

}
