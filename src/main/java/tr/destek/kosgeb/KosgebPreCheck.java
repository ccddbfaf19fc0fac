package tr.destek.kosgeb;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.kosgeb.eligibility.KosgebEligibility;
import tr.destek.kosgeb.eligibility.RuleResult;

/**
 * The quick pre-check of the applicant's home page (issue 10, point 6): the eligibility
 * rules that the enterprise profile alone decides, judged today by the same rules as the
 * application (one owner per rule: {@link KosgebEligibility}), before any draft is
 * started. The rules that need the draft (the maturity report 7(4), the support base
 * 7(7), suppliers 18(9)) are left to the application's checklist.
 */
@Service
public class KosgebPreCheck {

	/**
	 * The rules of the profile: registered and active under TTK (MADDE 7(1)), a current
	 * İşletme Beyanı and small or medium size (7(2)), NACE Section C (7(3)), not an
	 * excluded activity (7(5)), financial health with the founding year (7(6)).
	 */
	static final List<String> PROFILE_RULES = List.of("registered-active", "declaration-current", "small-or-medium",
			"nace-section-c", "excluded-activity", "financial-health");

	private final EligibilityFactsAssembler facts;

	private final KosgebEligibility eligibility;

	private final EnterpriseService enterprises;

	KosgebPreCheck(EligibilityFactsAssembler facts, KosgebEligibility eligibility, EnterpriseService enterprises) {
		this.facts = facts;
		this.eligibility = eligibility;
		this.enterprises = enterprises;
	}

	/** The pre-check of {@code enterpriseId} as of today. */
	@Transactional(readOnly = true)
	public Result check(Long enterpriseId, Locale locale) {
		LocalDate today = this.enterprises.today();
		EligibilityReport report = this.eligibility
			.evaluate(this.facts.assembleFromProfile(enterpriseId, today, locale));
		List<Reason> reasons = report.results()
			.stream()
			.filter(r -> PROFILE_RULES.contains(r.ruleId()))
			.filter(r -> !r.passed())
			.map(Reason::of)
			.toList();
		return new Result(today, reasons);
	}

	/**
	 * What the pre-check found.
	 *
	 * @param evaluatedFor the day it was judged on
	 * @param reasons the rules not met (FAIL) or that staff must judge (NEEDS_REVIEW), in
	 * article order
	 */
	public record Result(LocalDate evaluatedFor, List<Reason> reasons) {

		public Result {
			reasons = List.copyOf(reasons);
		}

		/** No rule of the profile fails: a draft may be started. */
		public boolean fits() {
			return this.reasons.stream().noneMatch(Reason::failed);
		}

	}

	/**
	 * One rule not met, with its explanation and remedy (bundle
	 * {@code i18n/kosgeb-eligibility}, with {@link #arguments()}).
	 */
	public record Reason(String ruleId, String article, String outcome, String messageKey, Object[] arguments,
			String remedyKey) {

		static Reason of(RuleResult result) {
			return new Reason(result.ruleId(), result.article(), result.outcome().name(), result.messageKey(),
					result.argumentArray(), result.remedyKey());
		}

		public boolean failed() {
			return "FAIL".equals(this.outcome);
		}

	}

}
