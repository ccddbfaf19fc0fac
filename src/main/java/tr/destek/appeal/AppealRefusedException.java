package tr.destek.appeal;

import tr.destek.platform.RuleException;

/**
 * An appeal (or a step of it) the regulation does not allow; the message key and its
 * arguments explain why to the user, citing the article (MADDE 13).
 */
public class AppealRefusedException extends RuleException {

	public AppealRefusedException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	/** The same as {@link #getArguments()}. */
	public Object[] getArgs() {
		return getArguments();
	}

}
