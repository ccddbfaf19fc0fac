package tr.destek.kosgeb.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One eligibility rule from the regulation: its id, its article and how it judges the
 * facts. Implementations are small, stateless and need no Spring.
 */
interface EligibilityRule {

	/** Message key prefix of every eligibility text. */
	String PREFIX = "kosgeb.eligibility.";

	DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	String id();

	String article();

	RuleResult evaluate(EligibilityFacts facts, EligibilityParameters parameters);

	default RuleResult pass(String key, Object... arguments) {
		return new RuleResult(id(), article(), Outcome.PASS, PREFIX + key, List.of(arguments), null);
	}

	default RuleResult fail(String key, String remedyKey, Object... arguments) {
		return new RuleResult(id(), article(), Outcome.FAIL, PREFIX + key, List.of(arguments), PREFIX + remedyKey);
	}

	default RuleResult review(String key, String remedyKey, Object... arguments) {
		return new RuleResult(id(), article(), Outcome.NEEDS_REVIEW, PREFIX + key, List.of(arguments),
				(remedyKey != null) ? PREFIX + remedyKey : null);
	}

	/** A date as the explanations show it: {@code 10.03.2026}. */
	static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** A localized term of the bundle, resolved in the reader's language. */
	static MessageSourceResolvable term(String key) {
		return new DefaultMessageSourceResolvable(new String[] { PREFIX + key }, key);
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? "" : value.strip();
	}

}
