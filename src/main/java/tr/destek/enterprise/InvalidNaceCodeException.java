package tr.destek.enterprise;

/** A NACE code with a wrong format or an unknown division; carries a message key. */
public class InvalidNaceCodeException extends RuntimeException {

	private final String messageKey;

	private final String code;

	public InvalidNaceCodeException(String messageKey, String code) {
		super(messageKey + ": " + code);
		this.messageKey = messageKey;
		this.code = code;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String code() {
		return this.code;
	}

}
