package tr.destek.kosgeb.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * MADDE 7(6): an enterprise whose "Faaliyet Kârı" (operating profit) was negative in the
 * last 3 fiscal years, or whose "Öz Kaynaklar Toplamı" (equity) was negative in the last
 * fiscal year, may not apply; one founded within the last 3 years is judged on the
 * approved figures it has.
 * <p>
 * Interpretations:
 * <ul>
 * <li>The last fiscal year is the calendar year before the application year; the last 3
 * are the three years before it (applying in 2026: 2023, 2024, 2025).</li>
 * <li>Operating profit fails only when it was negative in <em>each</em> of those years
 * (the enterprise has); one year that is zero or positive is enough. Equity of exactly 0
 * is not negative.</li>
 * <li>An enterprise founded within those years is judged on the years from its founding
 * year; one founded in the application year has no closed fiscal year: NEEDS_REVIEW
 * (staff judge the approved figures it has).</li>
 * <li>Missing figures that the decision needs (the last year's equity; operating profit
 * of a year when no entered year is non-negative) FAIL with the remedy to enter them: the
 * applicant can fix it in the profile, and the rule cannot be judged without them.</li>
 * </ul>
 */
final class FinancialHealthRule implements EligibilityRule {

	static final String ID = "financial-health";

	static final int YEARS_JUDGED = 3;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 7(6)";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		int lastYear = facts.applicationDate().getYear() - 1;
		int firstYear = lastYear - YEARS_JUDGED + 1;
		if (facts.registrationDate() != null && facts.registrationDate().getYear() > firstYear) {
			firstYear = facts.registrationDate().getYear();
		}
		if (firstYear > lastYear) {
			return review("financial.review.no-closed-year", null, EligibilityRule.date(facts.registrationDate()));
		}
		Map<Integer, FiscalYearFact> byYear = facts.fiscalYears()
			.stream()
			.collect(Collectors.toMap(FiscalYearFact::year, Function.identity(), (a, b) -> b));
		List<Integer> years = new ArrayList<>();
		for (int year = firstYear; year <= lastYear; year++) {
			years.add(year);
		}
		String judged = (firstYear == lastYear) ? String.valueOf(lastYear) : firstYear + "–" + lastYear;

		Integer profitableYear = null;
		List<Integer> missingProfit = new ArrayList<>();
		for (int year : years) {
			FiscalYearFact figures = byYear.get(year);
			if (figures == null || figures.operatingProfit() == null) {
				missingProfit.add(year);
			}
			else if (figures.operatingProfit().signum() >= 0 && profitableYear == null) {
				profitableYear = year;
			}
		}
		FiscalYearFact last = byYear.get(lastYear);
		BigDecimal equity = (last != null) ? last.equity() : null;

		List<Integer> missing = new ArrayList<>();
		if (profitableYear == null) {
			missing.addAll(missingProfit);
		}
		if (equity == null && !missing.contains(lastYear)) {
			missing.add(lastYear);
		}
		if (!missing.isEmpty()) {
			missing.sort(Integer::compare);
			return fail("financial.fail.missing", "financial.remedy.missing", judged, join(missing));
		}
		boolean losses = profitableYear == null;
		boolean negativeEquity = equity.signum() < 0;
		if (losses && negativeEquity) {
			return fail("financial.fail.both", "financial.remedy.figures", judged, join(years),
					String.valueOf(lastYear), equity);
		}
		if (losses) {
			return fail("financial.fail.operating-losses", "financial.remedy.figures", judged, join(years));
		}
		if (negativeEquity) {
			return fail("financial.fail.negative-equity", "financial.remedy.figures", String.valueOf(lastYear), equity);
		}
		return pass("financial.pass", judged, String.valueOf(profitableYear),
				byYear.get(profitableYear).operatingProfit(), String.valueOf(lastYear), equity);
	}

	private static String join(List<Integer> years) {
		return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
