package tr.destek.kosgeb.eligibility;

import tr.destek.kosgeb.eligibility.SizeClassFact.SizeClass;

/**
 * MADDE 7(2): only enterprises that are small or medium-sized on the application date may
 * use the programme; micro enterprises may not; a large enterprise is not an SME at all.
 * The size is judged on the information at the application date.
 */
final class SmallOrMediumRule implements EligibilityRule {

	static final String ID = "small-or-medium";

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
		SizeClassFact size = (facts.sizeClass() != null) ? facts.sizeClass()
				: new SizeClassFact(SizeClass.UNKNOWN, null);
		String date = EligibilityRule.date(facts.applicationDate());
		return switch (size.sizeClass()) {
			case SMALL, MEDIUM -> pass("size.pass." + size.sizeClass(), size.reason(), date);
			case MICRO -> fail("size.fail.MICRO", "size.remedy.MICRO", size.reason(), date);
			case LARGE -> fail("size.fail.LARGE", "size.remedy.LARGE", size.reason(), date);
			case UNKNOWN -> fail("size.fail.UNKNOWN", "size.remedy.UNKNOWN", size.reason(), date);
		};
	}

}
