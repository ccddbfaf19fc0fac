package tr.destek.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The fixed set of units a parameter value can have. Each unit knows which values are
 * valid for it and how they are stored: numbers in plain notation ({@code 1000000},
 * {@code 20.5}), dates as {@code yyyy-MM-dd}.
 */
public enum ParameterUnit {

	/** Turkish lira: a non-negative amount with at most 2 decimals (kuruş). */
	TL,
	/** A percentage from 0 to 100, at most 2 decimals (20 = 20 %). */
	PERCENT,
	/** A number of things: a non-negative whole number. */
	COUNT,
	/**
	 * A level on a scale, e.g. a technology readiness level: a non-negative whole number.
	 */
	LEVEL,
	/** A number of days: a non-negative whole number. */
	DAYS,
	/** A number of months: a non-negative whole number. */
	MONTHS,
	/** A number of years: a non-negative whole number. */
	YEARS,
	/** A calendar date, {@code yyyy-MM-dd}. */
	DATE,
	/** A short text (at most 200 characters), e.g. the name of a calculation method. */
	TEXT;

	public static final int MAX_TEXT_LENGTH = 200;

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

	private static final Pattern PLAIN_INTEGER = Pattern.compile("\\d+");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Parses a stored unit name. */
	public static ParameterUnit of(String name) {
		return valueOf(name);
	}

	/** Whether values of this unit are whole numbers. */
	public boolean isWholeNumber() {
		return this == COUNT || this == LEVEL || this == DAYS || this == MONTHS || this == YEARS;
	}

	/** Whether values of this unit are numbers (whole or decimal). */
	public boolean isNumeric() {
		return this == TL || this == PERCENT || isWholeNumber();
	}

	/**
	 * The value in its stored form.
	 * @param raw what was entered, numbers in plain notation with a dot as decimal
	 * separator
	 * @return the normalized value to store
	 * @throws ParameterVersionRejectedException (field {@code value}) when the value is
	 * not valid for this unit
	 */
	public String normalize(String raw) {
		String value = (raw != null) ? raw.strip() : "";
		if (value.isEmpty()) {
			throw ParameterVersionRejectedException.value("programme.error.value.required", "a value is required");
		}
		return switch (this) {
			case TL -> decimal(value, 2, null, "programme.error.value.tl",
					"must be a non-negative amount in TL with at most 2 decimals, e.g. 1000000 or 1000000.50");
			case PERCENT -> decimal(value, 2, HUNDRED, "programme.error.value.percent",
					"must be a percentage from 0 to 100 with at most 2 decimals, e.g. 20 or 12.5");
			case COUNT, LEVEL, DAYS, MONTHS, YEARS -> wholeNumber(value);
			case DATE -> date(value);
			case TEXT -> text(value);
		};
	}

	private static String decimal(String value, int maxScale, BigDecimal max, String code, String message) {
		if (!PLAIN_DECIMAL.matcher(value).matches()) {
			throw ParameterVersionRejectedException.value(code, message);
		}
		BigDecimal number = new BigDecimal(value).stripTrailingZeros();
		if (number.scale() > maxScale || (max != null && number.compareTo(max) > 0)) {
			throw ParameterVersionRejectedException.value(code, message);
		}
		return plain(number);
	}

	private static String wholeNumber(String value) {
		if (!PLAIN_INTEGER.matcher(value).matches() || value.length() > 9) {
			throw ParameterVersionRejectedException.value("programme.error.value.whole-number",
					"must be a non-negative whole number, e.g. 15");
		}
		return String.valueOf(Integer.parseInt(value));
	}

	private static String date(String value) {
		try {
			return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).toString();
		}
		catch (DateTimeParseException ex) {
			throw ParameterVersionRejectedException.value("programme.error.value.date",
					"must be a date written yyyy-MM-dd, e.g. 2025-05-31");
		}
	}

	private static String text(String value) {
		if (value.length() > MAX_TEXT_LENGTH) {
			throw ParameterVersionRejectedException.value("programme.error.value.text",
					"must be at most " + MAX_TEXT_LENGTH + " characters");
		}
		return value;
	}

	private static String plain(BigDecimal number) {
		return (number.signum() == 0) ? "0" : number.toPlainString();
	}

}
