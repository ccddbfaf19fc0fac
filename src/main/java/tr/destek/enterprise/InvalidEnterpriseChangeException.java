package tr.destek.enterprise;

/**
 * A change the enterprise refuses because it breaks one of its rules; names the field at
 * fault and a message key for the user's language.
 */
public class InvalidEnterpriseChangeException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidEnterpriseChangeException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
