package tr.destek.kosgeb.eligibility;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What one rule found, and why.
 *
 * @param ruleId stable id of the rule, e.g. {@code nace-section-c}
 * @param article where the rule comes from, e.g. {@code MADDE 7(3)}
 * @param outcome PASS, FAIL or NEEDS_REVIEW
 * @param messageKey the explanation (bundle {@code i18n/kosgeb-eligibility}); names the
 * data used and the article
 * @param arguments the data used: pre-formatted strings (codes, dates as dd.MM.yyyy),
 * amounts as {@link java.math.BigDecimal} (formatted by the message in the reader's
 * notation) and localized terms as
 * {@link org.springframework.context.MessageSourceResolvable}
 * @param remedyKey what the applicant can do (always on FAIL, sometimes on NEEDS_REVIEW);
 * {@code null} otherwise. Uses the same arguments.
 */
public record RuleResult(String ruleId, String article, Outcome outcome, String messageKey, List<Object> arguments,
		String remedyKey) {

	public RuleResult {
		arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
	}

	/** The arguments as an array, as {@code MessageSource} wants them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

	public boolean passed() {
		return this.outcome == Outcome.PASS;
	}

	public boolean failed() {
		return this.outcome == Outcome.FAIL;
	}

	public boolean needsReview() {
		return this.outcome == Outcome.NEEDS_REVIEW;
	}

}
