package tr.destek.board;

import java.util.Arrays;

/**
 * A board, meeting or decision rule from the regulation refused an action. The message
 * key (in {@code i18n/board}) names the article; the arguments fill it in.
 */
public class BoardRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public BoardRuleException(String messageKey, Object... args) {
		super(messageKey + " " + Arrays.toString(args));
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
