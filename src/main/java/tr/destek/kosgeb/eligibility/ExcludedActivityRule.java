package tr.destek.kosgeb.eligibility;

import java.util.Optional;

/**
 * MADDE 7(5): enterprises whose main activity code is on the EBRD "Uygun Bulunmayan
 * Sektör ve Faaliyetler Tablosu" (TAB.34.00.03), or that carry out an activity the table
 * forbids, may not apply. A code that maps cleanly to a row (tobacco 12, weapons 25.40,
 * gambling 92 …) FAILs; a code whose activity may or may not be the excluded one (e.g.
 * pesticides, sawmilling, marine fishing) needs review and names the row. Rows that no
 * activity code can reveal (forced labour) are left to the staff control.
 */
final class ExcludedActivityRule implements EligibilityRule {

	static final String ID = "excluded-activity";

	private final ExcludedActivities table;

	ExcludedActivityRule(ExcludedActivities table) {
		this.table = table;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 7(5)";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		String code = EligibilityRule.text(facts.naceCode());
		if (NaceSectionCRule.division(code) == null) {
			return fail("excluded.fail.missing", "nace.remedy.missing", code);
		}
		Optional<ExcludedActivity> excluded = this.table.excluding(code);
		if (excluded.isPresent()) {
			return fail("excluded.fail", "excluded.remedy", code,
					EligibilityRule.term("activity." + excluded.get().number()), excluded.get().number());
		}
		Optional<ExcludedActivity> possibly = this.table.possiblyConcerning(code);
		if (possibly.isPresent()) {
			return review("excluded.review", "excluded.remedy.review", code,
					EligibilityRule.term("activity." + possibly.get().number()), possibly.get().number());
		}
		return pass("excluded.pass", code);
	}

}
