package tr.destek.kosgeb.eligibility;

/**
 * MADDE 7(4): the report must come from a consultant certified or authorised by an
 * organisation that the Başkanlık Makamı Oluru names. The system holds no register of
 * authorised consultants, so staff verify it during the control (MADDE 9): always
 * NEEDS_REVIEW, naming the consultant and the report.
 */
final class ConsultantAuthorisationRule implements EligibilityRule {

	static final String ID = "consultant-authorisation";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String article() {
		return "MADDE 7(4)";
	}

	@Override
	public RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		MaturityReportFact report = facts.report();
		if (report == null || EligibilityRule.text(report.consultant()).isEmpty()) {
			return review("consultant.review.no-report", "consultant.remedy.no-report");
		}
		return review("consultant.review", null, EligibilityRule.text(report.consultant()),
				EligibilityRule.text(report.number()));
	}

}
