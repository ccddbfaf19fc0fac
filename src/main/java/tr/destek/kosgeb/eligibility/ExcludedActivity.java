package tr.destek.kosgeb.eligibility;

import java.util.List;

/**
 * One row of the EBRD "Uygun Bulunmayan Sektör ve Faaliyetler Tablosu" (TAB.34.00.03,
 * MADDE 7(5)) with the NACE Rev.2 codes it maps to.
 *
 * @param number the row number in the table (1–12)
 * @param excludedCodes codes (division {@code NN} or class {@code NN.NN}) whose activity
 * is the excluded one: FAIL
 * @param reviewCodes codes whose activity may or may not be the excluded one (it depends
 * on the product, its source or quantities): NEEDS_REVIEW
 * @param wording the row as the table words it (Turkish)
 */
public record ExcludedActivity(int number, List<String> excludedCodes, List<String> reviewCodes, String wording) {

	public ExcludedActivity {
		excludedCodes = List.copyOf(excludedCodes);
		reviewCodes = List.copyOf(reviewCodes);
	}

	/** Message key of the row's wording in the reader's language. */
	public String messageKey() {
		return EligibilityRule.PREFIX + "activity." + this.number;
	}

}
