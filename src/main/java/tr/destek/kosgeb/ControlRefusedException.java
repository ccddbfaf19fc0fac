package tr.destek.kosgeb;

import tr.destek.platform.RuleException;

/**
 * A control action the rules refuse, with the explanation to show (a message key of
 * {@code i18n/kosgeb-control} citing its article, and its arguments).
 */
public class ControlRefusedException extends RuleException {

	public ControlRefusedException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
