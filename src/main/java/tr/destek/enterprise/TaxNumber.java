package tr.destek.enterprise;

import java.util.Optional;

/**
 * A Turkish tax number: the 10-digit VKN (vergi kimlik numarası) of a legal person with
 * the Gelir İdaresi check digit, or the 11-digit TCKN (T.C. kimlik numarası) of a real
 * person (a sole proprietor's tax number), with its two checksum digits.
 */
public final class TaxNumber {

	private final String value;

	private final TaxNumberType type;

	private TaxNumber(String value, TaxNumberType type) {
		this.value = value;
		this.type = type;
	}

	/**
	 * The tax number written in {@code text} (spaces ignored).
	 * @throws InvalidTaxNumberException with the reason, when it is not a valid VKN or
	 * TCKN
	 */
	public static TaxNumber of(String text) {
		String digits = normalise(text);
		if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidTaxNumberException(InvalidTaxNumberException.Reason.NOT_DIGITS);
		}
		if (digits.length() == 10) {
			if (!isValidVkn(digits)) {
				throw new InvalidTaxNumberException(InvalidTaxNumberException.Reason.VKN_CHECK_DIGIT);
			}
			return new TaxNumber(digits, TaxNumberType.VKN);
		}
		if (digits.length() == 11) {
			if (!isValidTckn(digits)) {
				throw new InvalidTaxNumberException(InvalidTaxNumberException.Reason.TCKN_CHECKSUM);
			}
			return new TaxNumber(digits, TaxNumberType.TCKN);
		}
		throw new InvalidTaxNumberException(InvalidTaxNumberException.Reason.LENGTH);
	}

	/** A TCKN of a real person (declared persons, sole proprietors). */
	public static TaxNumber tckn(String text) {
		TaxNumber number = of(text);
		if (number.type != TaxNumberType.TCKN) {
			throw new InvalidTaxNumberException(InvalidTaxNumberException.Reason.NOT_TCKN);
		}
		return number;
	}

	/**
	 * A TCKN (11 digits) as staff see it: the first three and the last two digits, the
	 * rest starred ({@code 123******90}), so that a person can be told apart without the
	 * number being readable (issue #9 point 5). A VKN (10 digits, a company's) and
	 * anything else is returned unchanged; {@code null} stays {@code null}.
	 */
	public static String masked(String value) {
		if (value == null || value.length() != 11 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return value;
		}
		return value.substring(0, 3) + "******" + value.substring(9);
	}

	public static Optional<TaxNumber> tryParse(String text) {
		try {
			return Optional.of(of(text));
		}
		catch (InvalidTaxNumberException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Gelir İdaresi VKN check: for each of the first nine digits d(i), i = 1..9,
	 * {@code t = (d(i) + 10 - i) mod 10}, {@code v = t * 2^(10 - i) mod 9} (9 when t is
	 * not 0 and v is 0); the tenth digit is {@code (10 - (sum of v) mod 10) mod 10}.
	 */
	public static boolean isValidVkn(String digits) {
		if (digits == null || digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int t = (digit(digits, i) + 9 - i) % 10;
			int v = (t * (1 << (9 - i))) % 9;
			if (t != 0 && v == 0) {
				v = 9;
			}
			sum += v;
		}
		int check = (10 - (sum % 10)) % 10;
		return check == digit(digits, 9);
	}

	/**
	 * TCKN check: 11 digits, the first not 0; the 10th digit is
	 * {@code ((d1+d3+d5+d7+d9) * 7 - (d2+d4+d6+d8)) mod 10}; the 11th is the sum of the
	 * first ten digits mod 10.
	 */
	public static boolean isValidTckn(String digits) {
		if (digits == null || digits.length() != 11 || !digits.chars().allMatch(Character::isDigit)
				|| digits.charAt(0) == '0') {
			return false;
		}
		int odd = 0;
		int even = 0;
		for (int i = 0; i < 9; i++) {
			if (i % 2 == 0) {
				odd += digit(digits, i);
			}
			else {
				even += digit(digits, i);
			}
		}
		int tenth = Math.floorMod(odd * 7 - even, 10);
		int eleventh = (odd + even + tenth) % 10;
		return tenth == digit(digits, 9) && eleventh == digit(digits, 10);
	}

	private static int digit(String digits, int index) {
		return digits.charAt(index) - '0';
	}

	private static String normalise(String text) {
		return (text == null) ? "" : text.replace(" ", "").trim();
	}

	public String value() {
		return this.value;
	}

	public TaxNumberType type() {
		return this.type;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof TaxNumber that) && this.value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
