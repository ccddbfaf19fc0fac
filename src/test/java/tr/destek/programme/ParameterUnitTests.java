package tr.destek.programme;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ParameterUnitTests {

	@Test
	void moneyIsANonNegativeAmountWithAtMostTwoDecimals() {
		assertThat(ParameterUnit.TL.normalize("1000000")).isEqualTo("1000000");
		assertThat(ParameterUnit.TL.normalize(" 1000000.50 ")).isEqualTo("1000000.5");
		assertThat(ParameterUnit.TL.normalize("1000000.00")).isEqualTo("1000000");
		assertThat(ParameterUnit.TL.normalize("0")).isEqualTo("0");
		assertRejected(ParameterUnit.TL, "1000000.505", "programme.error.value.tl");
		assertRejected(ParameterUnit.TL, "-5", "programme.error.value.tl");
		assertRejected(ParameterUnit.TL, "1e6", "programme.error.value.tl");
		assertRejected(ParameterUnit.TL, "on milyon", "programme.error.value.tl");
	}

	@Test
	void percentIsBetweenZeroAndHundred() {
		assertThat(ParameterUnit.PERCENT.normalize("20")).isEqualTo("20");
		assertThat(ParameterUnit.PERCENT.normalize("12.50")).isEqualTo("12.5");
		assertThat(ParameterUnit.PERCENT.normalize("100")).isEqualTo("100");
		assertRejected(ParameterUnit.PERCENT, "100.01", "programme.error.value.percent");
		assertRejected(ParameterUnit.PERCENT, "-1", "programme.error.value.percent");
	}

	@Test
	void countsAndDurationsAreNonNegativeWholeNumbers() {
		assertThat(ParameterUnit.COUNT.normalize("15")).isEqualTo("15");
		assertThat(ParameterUnit.DAYS.normalize("007")).isEqualTo("7");
		assertThat(ParameterUnit.MONTHS.normalize("0")).isEqualTo("0");
		assertRejected(ParameterUnit.COUNT, "1.5", "programme.error.value.whole-number");
		assertRejected(ParameterUnit.DAYS, "-7", "programme.error.value.whole-number");
		assertRejected(ParameterUnit.MONTHS, "24 ay", "programme.error.value.whole-number");
		assertRejected(ParameterUnit.YEARS, "99999999999", "programme.error.value.whole-number");
	}

	@Test
	void datesAreWrittenYearMonthDay() {
		assertThat(ParameterUnit.DATE.normalize("2025-05-31")).isEqualTo("2025-05-31");
		assertRejected(ParameterUnit.DATE, "31.05.2025", "programme.error.value.date");
		assertRejected(ParameterUnit.DATE, "2025-02-30", "programme.error.value.date");
	}

	@Test
	void textIsNonBlankAndShort() {
		assertThat(ParameterUnit.TEXT.normalize(" LOAN_TERM_SUPPORT_POINTS ")).isEqualTo("LOAN_TERM_SUPPORT_POINTS");
		assertRejected(ParameterUnit.TEXT, "x".repeat(201), "programme.error.value.text");
		assertRejected(ParameterUnit.TEXT, "   ", "programme.error.value.required");
	}

	private static void assertRejected(ParameterUnit unit, String value, String code) {
		assertThatExceptionOfType(ParameterVersionRejectedException.class).isThrownBy(() -> unit.normalize(value))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo("value");
				assertThat(violation.code()).isEqualTo(code);
			}));
	}

}
