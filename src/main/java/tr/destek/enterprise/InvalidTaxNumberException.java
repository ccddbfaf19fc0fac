package tr.destek.enterprise;

import java.util.List;
import java.util.Locale;

import tr.destek.platform.RuleException;

/** A text that is not a valid VKN or TCKN; the reason has a message key. */
public class InvalidTaxNumberException extends RuleException {

	private final Reason reason;

	public InvalidTaxNumberException(Reason reason) {
		super("invalid tax number: " + reason, List.of(RuleException.Problem.general(reason.messageKey())));
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** The same as {@link #getMessageKey()}. */
	public String messageKey() {
		return getMessageKey();
	}

	public enum Reason {

		NOT_DIGITS, LENGTH, VKN_CHECK_DIGIT, TCKN_CHECKSUM, NOT_TCKN;

		public String messageKey() {
			return "enterprise.taxNumber.invalid." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
