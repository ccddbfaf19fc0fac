package tr.destek.kosgeb.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The results of every eligibility rule, in article order, for one application date.
 *
 * @param evaluatedFor the application date the rules and parameters were judged on
 * @param results one result per rule
 */
public record EligibilityReport(LocalDate evaluatedFor, List<RuleResult> results) {

	public EligibilityReport {
		results = List.copyOf(results);
	}

	/** Any FAIL: the application cannot be submitted. */
	public boolean blocksSubmission() {
		return this.results.stream().anyMatch(RuleResult::failed);
	}

	/** Any NEEDS_REVIEW: submission goes through, flagged for staff. */
	public boolean needsReview() {
		return this.results.stream().anyMatch(RuleResult::needsReview);
	}

	public List<RuleResult> failures() {
		return this.results.stream().filter(RuleResult::failed).toList();
	}

	public List<RuleResult> reviews() {
		return this.results.stream().filter(RuleResult::needsReview).toList();
	}

	/** The result of rule {@code ruleId}. */
	public RuleResult result(String ruleId) {
		return this.results.stream()
			.filter((result) -> result.ruleId().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
	}

}
