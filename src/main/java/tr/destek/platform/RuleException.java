package tr.destek.platform;

import java.util.Arrays;
import java.util.List;

/**
 * A rule (of a regulation or of the work flow) refused what the user asked for. It
 * carries no text, only what the web layer needs to say why in the reader's language: one
 * {@link Problem} per fault, each a message key (whose text cites the article), its
 * arguments and the form field it belongs next to ({@code null}: the whole form, shown in
 * the page's alert). Each module's refusals extend this class; the web layer renders them
 * once ({@code platform.web.RuleErrors}) and never answers 500 to them.
 */
public class RuleException extends RuntimeException {

	private final transient List<Problem> problems;

	/** A refusal of the whole form (no field). */
	public RuleException(String messageKey, Object... arguments) {
		this(List.of(Problem.general(messageKey, arguments)));
	}

	/** One or more refused fields or rules. */
	public RuleException(List<Problem> problems) {
		this(describe(problems), problems);
	}

	/** The same with a text for the log instead of the problems' keys. */
	protected RuleException(String logMessage, List<Problem> problems) {
		super(logMessage);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a refusal names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	private static String describe(List<Problem> problems) {
		return problems.stream()
			.map(p -> ((p.field() != null) ? p.field() + ": " : "") + p.messageKey())
			.toList()
			.toString();
	}

	/** Every problem, in the order found. */
	public List<Problem> getProblems() {
		return this.problems;
	}

	/** The first problem's message key. */
	public String getMessageKey() {
		return this.problems.get(0).messageKey();
	}

	/** The first problem's arguments. */
	public Object[] getArguments() {
		return this.problems.get(0).arguments();
	}

	/**
	 * The field the first problem belongs next to, or {@code null} for the whole form.
	 */
	public String getField() {
		return this.problems.get(0).field();
	}

	/** Whether one of the problems is about the field. */
	public boolean concerns(String field) {
		return this.problems.stream().anyMatch(p -> field.equals(p.field()));
	}

	/** Whether one of the problems has the message key. */
	public boolean hasKey(String messageKey) {
		return this.problems.stream().anyMatch(p -> messageKey.equals(p.messageKey()));
	}

	/**
	 * One refused field or rule.
	 *
	 * @param field the form field at fault, {@code null} for the whole form
	 * @param messageKey the message explaining the refusal, citing its article
	 * @param arguments the message's arguments
	 */
	public record Problem(String field, String messageKey, Object... arguments) {

		public Problem {
			arguments = (arguments != null) ? arguments.clone() : new Object[0];
		}

		/** A problem of the whole form. */
		public static Problem general(String messageKey, Object... arguments) {
			return new Problem(null, messageKey, arguments);
		}

		@Override
		public Object[] arguments() {
			return this.arguments.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Problem p && java.util.Objects.equals(this.field, p.field)
					&& this.messageKey.equals(p.messageKey) && Arrays.equals(this.arguments, p.arguments);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.field, this.messageKey, Arrays.hashCode(this.arguments));
		}

		@Override
		public String toString() {
			return ((this.field != null) ? this.field + ": " : "") + this.messageKey + Arrays.toString(this.arguments);
		}

	}

}
