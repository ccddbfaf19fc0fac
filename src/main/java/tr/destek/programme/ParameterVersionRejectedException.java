package tr.destek.programme;

import java.util.List;
import java.util.stream.Collectors;

import tr.destek.platform.RuleException;

/**
 * A new parameter version was refused. Each {@link Violation} says which input was wrong
 * ({@code key}, {@code value}, {@code validFrom}, {@code sourceArticle} or {@code note})
 * and why: a message code of the {@code programme} bundle with its arguments, and an
 * English default text.
 */
public class ParameterVersionRejectedException extends RuleException {

	private final transient List<Violation> violations;

	public ParameterVersionRejectedException(List<Violation> violations) {
		super(violations.stream()
			.map((violation) -> violation.field() + " " + violation.defaultMessage())
			.collect(Collectors.joining("; ")),
				violations.stream()
					.map((violation) -> new Problem(violation.field(), violation.code(), violation.arguments()))
					.toList());
		this.violations = List.copyOf(violations);
	}

	static ParameterVersionRejectedException value(String code, String defaultMessage) {
		return new ParameterVersionRejectedException(List.of(new Violation("value", code, defaultMessage)));
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/** One refused input. */
	public record Violation(String field, String code, String defaultMessage, Object... arguments) {

	}

}
