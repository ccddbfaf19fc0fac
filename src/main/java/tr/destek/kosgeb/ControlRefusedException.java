package tr.destek.kosgeb;

/**
 * A control action the rules refuse, with the explanation to show (a message key of
 * {@code i18n/kosgeb-control} citing its article, and its arguments).
 */
public class ControlRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public ControlRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
