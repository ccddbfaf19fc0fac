package tr.destek.monitoring;

/**
 * A move the programme's monitoring rules do not allow now; {@code messageKey} (in the
 * monitoring bundle) tells the user why.
 */
public class MonitoringRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public MonitoringRuleException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArgs() {
		return this.args;
	}

}
