package tr.destek.programme.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a number typed the way the user writes it and returns it in the plain notation
 * the service stores: in Turkish {@code 1.000.000,50} (dots group thousands, comma for
 * decimals), in English {@code 1,000,000.50}. A number without grouping may use either
 * separator for decimals. Anything else is passed on unchanged, for the service to refuse
 * with a clear message.
 */
final class LocalizedNumbers {

	private static final Pattern TURKISH_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+,\\d+");

	private LocalizedNumbers() {
	}

	static String toPlain(String typed, Locale locale) {
		if (typed == null) {
			return null;
		}
		String value = typed.strip().replace(" ", "").replace("\u00a0", "");
		if (value.toUpperCase(Locale.ROOT).endsWith("TL")) {
			value = value.substring(0, value.length() - 2);
		}
		if (value.startsWith("%")) {
			value = value.substring(1);
		}
		else if (value.endsWith("%")) {
			value = value.substring(0, value.length() - 1);
		}
		boolean english = "en".equals(locale.getLanguage());
		if (english && ENGLISH_GROUPED.matcher(value).matches()) {
			return value.replace(",", "");
		}
		if (!english && TURKISH_GROUPED.matcher(value).matches()) {
			return value.replace(".", "").replace(',', '.');
		}
		if (COMMA_DECIMAL.matcher(value).matches()) {
			return value.replace(',', '.');
		}
		return value;
	}

}
