package tr.destek.enterprise;

import java.util.Locale;

/** A text that is not a valid VKN or TCKN; the reason has a message key. */
public class InvalidTaxNumberException extends RuntimeException {

	private final Reason reason;

	public InvalidTaxNumberException(Reason reason) {
		super("invalid tax number: " + reason);
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	public String messageKey() {
		return this.reason.messageKey();
	}

	public enum Reason {

		NOT_DIGITS, LENGTH, VKN_CHECK_DIGIT, TCKN_CHECKSUM, NOT_TCKN;

		public String messageKey() {
			return "enterprise.taxNumber.invalid." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
