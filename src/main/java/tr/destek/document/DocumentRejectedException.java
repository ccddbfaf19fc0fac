package tr.destek.document;

import java.util.List;

import tr.destek.platform.RuleException;

/**
 * An upload that is refused (empty, too large, not a PDF/PNG/JPEG by its content). The
 * message key and arguments give the reason in the user's language, e.g.
 * {@code messages.getMessage(ex.messageKey(), ex.arguments(), locale)}.
 */
public class DocumentRejectedException extends RuleException {

	public DocumentRejectedException(String messageKey, Object... arguments) {
		super("document rejected: " + messageKey, List.of(Problem.general(messageKey, arguments)));
	}

	/** The same as {@link #getMessageKey()}. */
	public String messageKey() {
		return getMessageKey();
	}

	/** The same as {@link #getArguments()}. */
	public Object[] arguments() {
		return getArguments();
	}

}
