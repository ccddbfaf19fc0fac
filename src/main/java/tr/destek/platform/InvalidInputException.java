package tr.destek.platform;

import java.util.List;

/**
 * User input that breaks a rule; carries the field and a message key for the user's
 * language.
 */
public class InvalidInputException extends RuleException {

	public InvalidInputException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey, List.of(new Problem(field, messageKey, arguments)));
	}

}
