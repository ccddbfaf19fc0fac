package tr.destek.kosgeb;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The written commitment (Taahhütname, FRM.34.00.02) the applicant approves
 * electronically with the application (MADDE 16(1)). Its text lives in the
 * {@code i18n/kosgeb} bundle under {@code kosgeb.commitment.paragraph.<n>};
 * {@link #VERSION} names the text, and changes whenever a paragraph changes, so the
 * approval records which text was approved.
 */
public final class Commitment {

	/** The version of the commitment text currently shown. */
	public static final String VERSION = "FRM.34.00.02/2026-1";

	/** How many paragraphs the text has. */
	static final int PARAGRAPHS = 12;

	private Commitment() {
	}

	/** The message keys of the paragraphs, in order. */
	public static List<String> paragraphKeys() {
		return IntStream.rangeClosed(1, PARAGRAPHS).mapToObj(n -> "kosgeb.commitment.paragraph." + n).toList();
	}

}
