package tr.destek.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that writes CSV cells for spreadsheets in Turkey ({@code ;} between
 * cells, decimal comma). Every CSV writer uses it, so that no export can carry a formula
 * into the user's spreadsheet (CSV/formula injection, issue #9):
 * <ul>
 * <li>{@link #text} is for anything a person typed or that came from outside (names,
 * titles, e-mails, tax numbers, notes): a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, TAB or CR gets a leading single quote, so the spreadsheet shows
 * it as text; it is quoted when it holds {@code ;}, {@code "} or a line break.</li>
 * <li>{@link #amount} and {@link #number} are for numbers the application computed: they
 * are written as numbers and never prefixed, so a negative amount ({@code -1250,50})
 * stays a number the spreadsheet can add up.</li>
 * </ul>
 */
public final class CsvCells {

	/** The cell separator Excel expects with a Turkish locale. */
	public static final String SEPARATOR = ";";

	/** CSV's line break (RFC 4180). */
	public static final String LINE_END = "\r\n";

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvCells() {
	}

	/** A text cell: formulas neutralised, quoted when needed; {@code null} is empty. */
	public static String text(String value) {
		String text = (value == null) ? "" : value;
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(SEPARATOR) || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	/**
	 * A money amount as a number: two decimals, decimal comma, no thousands separator; a
	 * negative amount keeps its minus sign and stays a number.
	 */
	public static String amount(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** A whole number as a number. */
	public static String number(long value) {
		return Long.toString(value);
	}

	/**
	 * One line's cells, already written by {@link #text}, {@link #amount} or
	 * {@link #number}.
	 */
	public static String row(String... cells) {
		return String.join(SEPARATOR, cells);
	}

}
