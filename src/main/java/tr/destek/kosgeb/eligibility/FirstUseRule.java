package tr.destek.kosgeb.eligibility;

/**
 * MADDE 5(3): an enterprise may use this programme once. Another application of the
 * enterprise that went beyond DRAFT, or was ever accepted, uses it up.
 */
final class FirstUseRule implements EligibilityRule {

	static final String ID = "first-use";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 5(3)";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		if (facts.usedProgrammeBefore()) {
			return fail("first-use.fail", "first-use.remedy");
		}
		return pass("first-use.pass");
	}

}
