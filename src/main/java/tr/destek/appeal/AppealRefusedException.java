package tr.destek.appeal;

/**
 * An appeal (or a step of it) the regulation does not allow; the message key and its
 * arguments explain why to the user, citing the article (MADDE 13).
 */
public class AppealRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public AppealRefusedException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArgs() {
		return this.args.clone();
	}

}
