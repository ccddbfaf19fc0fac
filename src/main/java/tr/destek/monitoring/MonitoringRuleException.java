package tr.destek.monitoring;

import tr.destek.platform.RuleException;

/**
 * A move the programme's monitoring rules do not allow now; {@code messageKey} (in the
 * monitoring bundle) tells the user why.
 */
public class MonitoringRuleException extends RuleException {

	public MonitoringRuleException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	/** The same as {@link #getArguments()}. */
	public Object[] getArgs() {
		return getArguments();
	}

}
