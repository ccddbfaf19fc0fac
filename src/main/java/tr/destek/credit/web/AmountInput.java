package tr.destek.credit.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount as people type it: Turkish notation {@code 10.000.000,00}, plain
 * {@code 10000000}, {@code 10000000,5} or English {@code 10,000,000.00}. The separator
 * that comes last and is followed by one or two digits is the decimal separator; the
 * other one must group thousands properly.
 */
final class AmountInput {

	private static final Pattern PLAIN = Pattern.compile("\\d+");

	private AmountInput() {
	}

	static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = text.replace("TL", "").replace("\u00a0", "").replace(" ", "").trim();
		if (s.isEmpty()) {
			return Optional.empty();
		}
		int lastDot = s.lastIndexOf('.');
		int lastComma = s.lastIndexOf(',');
		int last = Math.max(lastDot, lastComma);
		String integerPart = s;
		String fraction = "";
		if (last >= 0) {
			String tail = s.substring(last + 1);
			char separator = s.charAt(last);
			boolean decimal = tail.length() >= 1 && tail.length() <= 2 && s.indexOf(separator) == last;
			if (decimal) {
				integerPart = s.substring(0, last);
				fraction = tail;
			}
		}
		if (!PLAIN.matcher(fraction.isEmpty() ? "0" : fraction).matches()) {
			return Optional.empty();
		}
		String digits = ungroup(integerPart);
		if (digits == null) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction));
	}

	/** Plain digits, or digits grouped by threes with one kind of separator. */
	private static String ungroup(String integerPart) {
		if (PLAIN.matcher(integerPart).matches()) {
			return integerPart;
		}
		for (String separator : new String[] { ".", "," }) {
			if (integerPart.matches("\\d{1,3}(" + Pattern.quote(separator) + "\\d{3})+")) {
				return integerPart.replace(separator, "");
			}
		}
		return null;
	}

}
