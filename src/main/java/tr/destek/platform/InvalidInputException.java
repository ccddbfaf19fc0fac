package tr.destek.platform;

/**
 * User input that breaks a rule; carries the field and a message key for the user's
 * language.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidInputException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
