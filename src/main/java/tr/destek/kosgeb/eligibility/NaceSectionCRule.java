package tr.destek.kosgeb.eligibility;

/**
 * MADDE 7(3): only enterprises active in NACE Rev.2 Section C — Manufacturing (divisions
 * 10–33) may use the programme, judged on the main activity code at the application date.
 */
final class NaceSectionCRule implements EligibilityRule {

	static final String ID = "nace-section-c";

	static final int FIRST_MANUFACTURING_DIVISION = 10;

	static final int LAST_MANUFACTURING_DIVISION = 33;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 7(3)";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		String code = EligibilityRule.text(facts.naceCode());
		Integer division = division(code);
		if (division == null) {
			return fail("nace.fail.missing", "nace.remedy.missing", code);
		}
		String section = EligibilityRule.text(facts.naceSection());
		if (division >= FIRST_MANUFACTURING_DIVISION && division <= LAST_MANUFACTURING_DIVISION) {
			return pass("nace.pass", code);
		}
		return fail(section.isEmpty() ? "nace.fail.no-section" : "nace.fail", "nace.remedy", code, section);
	}

	/** The two-digit division of a NACE code such as {@code 25.62.01}, or null. */
	static Integer division(String code) {
		if (code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))
				|| (code.length() > 2 && code.charAt(2) != '.')) {
			return null;
		}
		return Integer.parseInt(code.substring(0, 2));
	}

}
