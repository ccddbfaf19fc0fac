package tr.destek.platform;

/**
 * KVKK (6698 s. Kanun MADDE 4(2)(ç), 12(1)): the audit trail is append-only and kept for
 * good, so it names people and enterprises by a masked identifier; the full TCKN/VKN
 * lives only in its own table (enterprise, enterprise_person, user_account), where it can
 * be corrected or erased. One rule for every module, mirrored by the SQL function
 * {@code audit_mask_identifier} of migration V67_1 that redacted the older rows.
 */
public final class Identifiers {

	private static final int SHOWN_FIRST = 3;

	private static final int SHOWN_LAST = 2;

	private Identifiers() {
	}

	/**
	 * Masks an identifier keeping its first three and last two characters:
	 * {@code 10000000146 → 100******46}, {@code 1234567890 → 123*****90}. A value of five
	 * characters or fewer is masked in full; {@code null} or blank gives {@code "-"}.
	 */
	public static String mask(String identifier) {
		if (identifier == null || identifier.isBlank()) {
			return "-";
		}
		String value = identifier.strip();
		if (value.length() <= SHOWN_FIRST + SHOWN_LAST) {
			return "*".repeat(value.length());
		}
		return value.substring(0, SHOWN_FIRST) + "*".repeat(value.length() - SHOWN_FIRST - SHOWN_LAST)
				+ value.substring(value.length() - SHOWN_LAST);
	}

}
