package tr.destek.platform;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;

import tr.destek.platform.MoneyFormat;

/**
 * Reads TL amounts as people type them: Turkish {@code 1.234.567,89}, plain
 * {@code 1234567.89}, or English {@code 1,234,567.89}; an optional {@code TL}/{@code ₺}
 * is ignored. At most two decimals (kuruş). A single dot followed by exactly three digits
 * ({@code 1.234}) is read as a Turkish thousands separator.
 */
public final class AmountText {

	private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

	private AmountText() {
	}

	/**
	 * @throws IllegalArgumentException when the text is not an amount with at most two
	 * decimals
	 */
	public static BigDecimal parse(String text) {
		String s = text.replace("TL", "").replace("tl", "").replace("₺", "").replace(" ", "").replace("\u00a0", "");
		if (s.isEmpty()) {
			return null;
		}
		int lastDot = s.lastIndexOf('.');
		int lastComma = s.lastIndexOf(',');
		String normalised;
		if (lastDot >= 0 && lastComma >= 0) {
			char decimal = (lastDot > lastComma) ? '.' : ',';
			char grouping = (decimal == '.') ? ',' : '.';
			normalised = ungroup(s.substring(0, Math.max(lastDot, lastComma)), grouping) + "."
					+ s.substring(Math.max(lastDot, lastComma) + 1);
		}
		else if (lastComma >= 0) {
			normalised = (s.indexOf(',') == lastComma) ? s.replace(',', '.') : ungroup(s, ',');
		}
		else if (lastDot >= 0) {
			boolean single = s.indexOf('.') == lastDot;
			boolean threeAfter = s.length() - lastDot - 1 == 3;
			normalised = (single && !threeAfter) ? s : ungroup(s, '.');
		}
		else {
			normalised = s;
		}
		if (!PLAIN.matcher(normalised).matches()) {
			throw new IllegalArgumentException("not an amount: " + text);
		}
		return new BigDecimal(normalised).setScale(2);
	}

	/** Removes grouping separators, which must separate groups of three digits. */
	private static String ungroup(String s, char grouping) {
		String[] parts = s.split(Pattern.quote(String.valueOf(grouping)), -1);
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].length() != 3) {
				throw new IllegalArgumentException("misplaced thousands separator: " + s);
			}
		}
		return String.join("", parts);
	}

	/** The amount as the user's language writes it, without currency. */
	public static String format(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		String text = MoneyFormat.format(amount, locale);
		return text.substring(0, text.length() - " TL".length());
	}

	/** Binds form fields of type {@link BigDecimal} through {@link AmountText}. */
	public static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue((text == null) ? null : parse(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value instanceof BigDecimal amount) ? format(amount, LocaleContextHolder.getLocale()) : "";
		}

	}

}
