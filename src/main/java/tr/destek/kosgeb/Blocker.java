package tr.destek.kosgeb;

/**
 * Something missing from the form that keeps it from being sent, with its message key
 * (bundle {@code i18n/kosgeb}) and arguments, e.g. a required document.
 */
public record Blocker(String messageKey, Object... arguments) {

	@Override
	public String toString() {
		return this.messageKey;
	}

}
