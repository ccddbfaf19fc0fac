package tr.destek.loan;

import java.util.List;

/**
 * A loan operation refused by a rule of the regulation or the work flow. Carries one
 * problem per field at fault (a {@code null} field is a problem of the whole form), each
 * with a message key from {@code i18n/loan} that cites the article.
 */
public class LoanRuleException extends RuntimeException {

	/** One refused field: the field, the message key and its arguments. */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

	private final transient List<Problem> problems;

	public LoanRuleException(List<Problem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
		this.problems = List.copyOf(problems);
	}

	public LoanRuleException(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, arguments)));
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

	/** Whether one of the problems is about the field. */
	public boolean concerns(String field) {
		return this.problems.stream().anyMatch(p -> field.equals(p.field()));
	}

	public boolean hasKey(String messageKey) {
		return this.problems.stream().anyMatch(p -> messageKey.equals(p.messageKey()));
	}

}
