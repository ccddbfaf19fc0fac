package tr.destek.kosgeb.eligibility;

import java.util.List;

/**
 * Every eligibility rule of the KOSGEB SME Digital Transformation programme, in article
 * order, evaluated without Spring. {@link KosgebEligibility} supplies the parameters in
 * force on the application date and counts periods with the calendar.
 */
public final class EligibilityRules {

	private final List<EligibilityRule> rules;

	/**
	 * @param excludedActivities the EBRD table TAB.34.00.03 (MADDE 7(5))
	 * @param periodEnd how a period in years ends (MADDE 18(13), (14))
	 */
	public EligibilityRules(ExcludedActivities excludedActivities, PeriodEnd periodEnd) {
		this.rules = List.of(new RegisteredAndActiveRule(), new DeclarationCurrentRule(), new SmallOrMediumRule(),
				new NaceSectionCRule(), new MaturityReportRule(periodEnd), new ConsultantAuthorisationRule(),
				new ExcludedActivityRule(excludedActivities), new FinancialHealthRule(), new MinimumSupportBaseRule(),
				new FirstUseRule(), new SupplierConflictRule());
	}

	/** The rules with the shipped EBRD table and periods ending per MADDE 18(14) only. */
	public static EligibilityRules standard() {
		return new EligibilityRules(ExcludedActivities.load(), PeriodEnd.SAME_DAY);
	}

	public EligibilityReport evaluate(EligibilityFacts facts, EligibilityParameters parameters) {
		return new EligibilityReport(facts.applicationDate(),
				this.rules.stream().map((rule) -> rule.evaluate(facts, parameters)).toList());
	}

	/** The ids of the rules in evaluation order. */
	public List<String> ruleIds() {
		return this.rules.stream().map(EligibilityRule::id).toList();
	}

}
