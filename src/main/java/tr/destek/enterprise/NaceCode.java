package tr.destek.enterprise;

import java.util.regex.Pattern;

/**
 * A NACE Rev.2 activity code as Türkiye uses it: division {@code NN}, group {@code NN.N},
 * class {@code NN.NN} or the Turkish six-digit activity {@code NN.NN.NN}. The division
 * (first two digits) must be a NACE Rev.2 division and decides the section (A–U), e.g.
 * section C (manufacturing) for divisions 10–33 (KOSGEB UE MADDE 7(3)). Obtain one
 * through {@link NaceCatalogue#code(String)}, which checks the division exists.
 */
public final class NaceCode {

	private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{1,2}(\\.\\d{2})?)?");

	private final String value;

	private final NaceDivision division;

	NaceCode(String value, NaceDivision division) {
		this.value = value;
		this.division = division;
	}

	/**
	 * The code in canonical form, or an exception when the format is wrong.
	 * @throws InvalidNaceCodeException if {@code text} is not {@code NN}, {@code NN.N},
	 * {@code NN.NN} or {@code NN.NN.NN}
	 */
	public static String requireFormat(String text) {
		String trimmed = (text == null) ? "" : text.trim();
		if (!FORMAT.matcher(trimmed).matches()) {
			throw new InvalidNaceCodeException("enterprise.nace.invalid.format", trimmed);
		}
		return trimmed;
	}

	public static boolean hasValidFormat(String text) {
		return text != null && FORMAT.matcher(text.trim()).matches();
	}

	/** The two-digit division of a well-formed code. */
	static String divisionOf(String wellFormed) {
		return wellFormed.substring(0, 2);
	}

	public String value() {
		return this.value;
	}

	public String divisionCode() {
		return this.division.getCode();
	}

	public NaceDivision division() {
		return this.division;
	}

	/** The NACE section letter A–U. */
	public String section() {
		return this.division.getSection();
	}

	/** Section C, manufacturing (divisions 10–33). */
	public boolean isManufacturing() {
		return "C".equals(section());
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof NaceCode that) && this.value.equals(that.value);
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
