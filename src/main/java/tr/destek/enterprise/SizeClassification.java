package tr.destek.enterprise;

import java.time.LocalDate;

/**
 * The outcome of the size classification with everything its explanation needs: the
 * class, which test decided it, the figures and the limits used. {@link #unknown} when no
 * figures were entered.
 *
 * @param sizeClass the class, or {@code null} when unknown
 * @param basis which test decided the class
 * @param figures the figures used, or {@code null} when unknown
 * @param threshold the limits of the deciding class (for LARGE: the medium limits)
 * @param fiscalYear the fiscal year the figures come from, or {@code null} when given
 * directly
 * @param asOf the date whose thresholds were applied
 */
public record SizeClassification(SizeClass sizeClass, Basis basis, CompanyFigures figures, SizeThreshold threshold,
		Integer fiscalYear, LocalDate asOf) {

	public static SizeClassification unknown(LocalDate asOf) {
		return new SizeClassification(null, Basis.NO_FIGURES, null, null, null, asOf);
	}

	/** No KOBİ thresholds are in force on {@code asOf} (the parameters are missing). */
	public static SizeClassification noThresholds(LocalDate asOf) {
		return new SizeClassification(null, Basis.NO_THRESHOLDS, null, null, null, asOf);
	}

	public boolean isKnown() {
		return this.sizeClass != null;
	}

	SizeClassification forFiscalYear(int year) {
		return new SizeClassification(this.sizeClass, this.basis, this.figures, this.threshold, year, this.asOf);
	}

	/** Which test decided the class. */
	public enum Basis {

		/** employees below the limit and net sales within the money limit */
		NET_SALES,
		/**
		 * employees below the limit and balance-sheet total within it, net sales above
		 */
		BALANCE_SHEET,
		/** not below the medium employee limit */
		LARGE_BY_EMPLOYEES,
		/** below the medium employee limit, both amounts above the medium money limit */
		LARGE_BY_AMOUNTS,
		/** no figures entered */
		NO_FIGURES,
		/** no thresholds in force on the date */
		NO_THRESHOLDS

	}

}
