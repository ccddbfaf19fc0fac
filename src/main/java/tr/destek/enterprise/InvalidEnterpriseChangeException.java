package tr.destek.enterprise;

import java.util.List;

import tr.destek.platform.RuleException;

/**
 * A change the enterprise refuses because it breaks one of its rules; names the field at
 * fault and a message key for the user's language.
 */
public class InvalidEnterpriseChangeException extends RuleException {

	public InvalidEnterpriseChangeException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey, List.of(new Problem(field, messageKey, arguments)));
	}

	/** The same as {@link #getField()}. */
	public String field() {
		return getField();
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
