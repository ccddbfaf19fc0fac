package tr.destek.board;

import tr.destek.platform.RuleException;

/**
 * A board, meeting or decision rule from the regulation refused an action. The message
 * key (in {@code i18n/board}) names the article; the arguments fill it in.
 */
public class BoardRuleException extends RuleException {

	public BoardRuleException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	/** The same as {@link #getArguments()}. */
	public Object[] getArgs() {
		return getArguments();
	}

}
