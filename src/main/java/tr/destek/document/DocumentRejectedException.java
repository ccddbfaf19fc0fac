package tr.destek.document;

/**
 * An upload that is refused (empty, too large, not a PDF/PNG/JPEG by its content). The
 * message key and arguments give the reason in the user's language, e.g.
 * {@code messages.getMessage(ex.messageKey(), ex.arguments(), locale)}.
 */
public class DocumentRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public DocumentRejectedException(String messageKey, Object... arguments) {
		super("document rejected: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
