package tr.destek.enterprise;

import java.util.List;

import tr.destek.platform.RuleException;

/**
 * A NACE code with a wrong format or an unknown division; carries a message key whose
 * argument is the code.
 */
public class InvalidNaceCodeException extends RuleException {

	private final String code;

	public InvalidNaceCodeException(String messageKey, String code) {
		super(messageKey + ": " + code, List.of(Problem.general(messageKey, code)));
		this.code = code;
	}

	/** The same as {@link #getMessageKey()}. */
	public String messageKey() {
		return getMessageKey();
	}

	public String code() {
		return this.code;
	}

}
