package tr.destek.kosgeb.eligibility;

import java.time.LocalDate;

/**
 * MADDE 7(2): the İşletme Beyanı (SME declaration) is current.
 * <p>
 * Interpretation: the declaration is renewed every year after the fiscal year closes, so
 * a declaration is current for one year from its date, counted as a period in years
 * (MADDE 18(14)): dated 2025-03-10, it is current up to and including 2026-03-10. A
 * declaration dated after the application date cannot have been the one in force and is
 * not accepted.
 */
final class DeclarationCurrentRule implements EligibilityRule {

	static final String ID = "declaration-current";

	static final int CURRENT_FOR_YEARS = 1;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 7(2)";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		LocalDate declared = facts.declarationDate();
		LocalDate applied = facts.applicationDate();
		if (declared == null) {
			return fail("declaration.fail.missing", "declaration.remedy");
		}
		if (declared.isAfter(applied)) {
			return fail("declaration.fail.future", "declaration.remedy", EligibilityRule.date(declared),
					EligibilityRule.date(applied));
		}
		LocalDate currentUntil = PeriodEnd.SAME_DAY.lastDay(declared, CURRENT_FOR_YEARS);
		if (applied.isAfter(currentUntil)) {
			return fail("declaration.fail.outdated", "declaration.remedy", EligibilityRule.date(declared),
					EligibilityRule.date(currentUntil), EligibilityRule.date(applied));
		}
		return pass("declaration.pass", EligibilityRule.date(declared), EligibilityRule.date(currentUntil));
	}

}
