package tr.destek.kosgeb;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Who took the latest decision on an application, typed: a person (the unit manager, or
 * whoever closed the programme), the system (a deadline that passed), the board or the
 * appeal commission by its decision's registry number. Stored in the same
 * {@code decided_by} column as before, as the same text ("system", "board 2026/12",
 * "appeal commission 2026/3", or the person's user name), so nothing is lost and no
 * migration is needed: every text maps to one decider and back to the same text.
 */
public record Decider(Kind kind, String reference) {

	static final String SYSTEM_TEXT = "system";

	static final String BOARD_PREFIX = "board ";

	static final String COMMISSION_PREFIX = "appeal commission ";

	/** What kind of decider. */
	public enum Kind {

		PERSON, SYSTEM, BOARD, APPEAL_COMMISSION

	}

	static Decider person(String username) {
		return new Decider(Kind.PERSON, username);
	}

	static Decider system() {
		return new Decider(Kind.SYSTEM, null);
	}

	/** The KOSGEB board by its decision's registry number (MADDE 12). */
	static Decider board(String registryNumber) {
		return new Decider(Kind.BOARD, registryNumber);
	}

	/** The appeal commission by its decision's registry number (MADDE 13). */
	static Decider appealCommission(String registryNumber) {
		return new Decider(Kind.APPEAL_COMMISSION, registryNumber);
	}

	/** The stored text; the reverse of {@link #parse(String)}. */
	public String text() {
		return switch (this.kind) {
			case SYSTEM -> SYSTEM_TEXT;
			case BOARD -> BOARD_PREFIX + this.reference;
			case APPEAL_COMMISSION -> COMMISSION_PREFIX + this.reference;
			case PERSON -> this.reference;
		};
	}

	static Decider parse(String text) {
		if (text == null) {
			return null;
		}
		if (SYSTEM_TEXT.equals(text)) {
			return system();
		}
		if (text.startsWith(BOARD_PREFIX)) {
			return board(text.substring(BOARD_PREFIX.length()));
		}
		if (text.startsWith(COMMISSION_PREFIX)) {
			return appealCommission(text.substring(COMMISSION_PREFIX.length()));
		}
		return person(text);
	}

	@Override
	public String toString() {
		return text();
	}

	/** Maps the typed decider on the {@code decided_by} text column. */
	@Converter
	static class AsText implements AttributeConverter<Decider, String> {

		@Override
		public String convertToDatabaseColumn(Decider decider) {
			return (decider != null) ? decider.text() : null;
		}

		@Override
		public Decider convertToEntityAttribute(String text) {
			return parse(text);
		}

	}

}
