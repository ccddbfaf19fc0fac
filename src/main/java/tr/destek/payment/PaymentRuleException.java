package tr.destek.payment;

/**
 * A payment action the rules do not allow, with the message key (citing its article) and
 * arguments to show next to the form or on the page.
 */
public class PaymentRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public PaymentRuleException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments, true);
	}

	private PaymentRuleException(String field, String messageKey, Object[] arguments, boolean marker) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** A refusal shown next to a form field. */
	public static PaymentRuleException onField(String field, String messageKey, Object... arguments) {
		return new PaymentRuleException(field, messageKey, arguments, true);
	}

	/** The form field the message belongs next to, or {@code null} for the whole form. */
	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
