package tr.destek.kosgeb.eligibility;

import java.math.BigDecimal;

/**
 * MADDE 7(7), 6(2), 6(4): the support base amount (desteklemeye esas tutar) the board
 * accepts may not be below the loan lower limit ({@code loan.min-amount}, 1.000.000 TL),
 * and the loan per enterprise may not exceed the upper limit ({@code loan.max-amount},
 * 20.000.000 TL). The board sets the accepted amount later; at application this checks
 * the amount requested (the sum of the expense items, VAT excluded, MADDE 15(9)), in the
 * limits in force on the application date.
 */
final class MinimumSupportBaseRule implements EligibilityRule {

	static final String ID = "support-base";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 7(7), 6(2)";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		BigDecimal requested = facts.requestedSupportBase();
		BigDecimal min = parameters.minSupportBase();
		BigDecimal max = parameters.maxLoan();
		if (requested == null || requested.signum() <= 0) {
			return fail("support-base.fail.missing", "support-base.remedy.missing", BigDecimal.ZERO, min, max);
		}
		if (requested.compareTo(min) < 0) {
			return fail("support-base.fail.below-min", "support-base.remedy.below-min", requested, min, max);
		}
		if (requested.compareTo(max) > 0) {
			return fail("support-base.fail.above-max", "support-base.remedy.above-max", requested, min, max);
		}
		return pass("support-base.pass", requested, min, max);
	}

}
