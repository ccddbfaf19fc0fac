package tr.destek.kosgeb.eligibility;

/**
 * The KOBİ size class of the enterprise on the application date, with the sentence that
 * explains it (from the enterprise profile's size classifier, in the reader's language).
 *
 * @param sizeClass the class; {@link SizeClass#UNKNOWN} when no figures were entered
 * @param reason why the enterprise has this class, e.g. "2025: 35 çalışan, net satış
 * 42.000.000,00 TL"
 */
public record SizeClassFact(SizeClass sizeClass, String reason) {

	public SizeClassFact {
		sizeClass = (sizeClass != null) ? sizeClass : SizeClass.UNKNOWN;
		reason = (reason != null) ? reason : "";
	}

	public enum SizeClass {

		MICRO, SMALL, MEDIUM, LARGE, UNKNOWN

	}

}
