package tr.destek.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The version of a parameter in force on a date, with where it comes from, so that a
 * decision can say which value it used and why.
 */
public record ParameterValue(String scope, String key, String value, String unit, LocalDate validFrom,
		String sourceArticle) {

	public BigDecimal asDecimal() {
		return new BigDecimal(this.value);
	}

	public int asInteger() {
		return new BigDecimal(this.value).intValueExact();
	}

}
