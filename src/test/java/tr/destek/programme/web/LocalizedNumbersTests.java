package tr.destek.programme.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedNumbersTests {

	static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	@Test
	void turkishUsersGroupWithDotsAndWriteDecimalsWithAComma() {
		assertThat(LocalizedNumbers.toPlain("1.000.000", TURKISH)).isEqualTo("1000000");
		assertThat(LocalizedNumbers.toPlain("1.000.000,50 TL", TURKISH)).isEqualTo("1000000.50");
		assertThat(LocalizedNumbers.toPlain("12,5", TURKISH)).isEqualTo("12.5");
		assertThat(LocalizedNumbers.toPlain("%20", TURKISH)).isEqualTo("20");
		assertThat(LocalizedNumbers.toPlain("1000000.50", TURKISH)).isEqualTo("1000000.50");
	}

	@Test
	void englishUsersGroupWithCommas() {
		assertThat(LocalizedNumbers.toPlain("1,000,000.50", Locale.ENGLISH)).isEqualTo("1000000.50");
		assertThat(LocalizedNumbers.toPlain("1.000", Locale.ENGLISH)).isEqualTo("1.000");
		assertThat(LocalizedNumbers.toPlain("20 %", Locale.ENGLISH)).isEqualTo("20");
	}

	@Test
	void somethingElseIsPassedOnForTheServiceToRefuse() {
		assertThat(LocalizedNumbers.toPlain("on milyon", TURKISH)).isEqualTo("onmilyon");
		assertThat(LocalizedNumbers.toPlain("1.00.0", TURKISH)).isEqualTo("1.00.0");
	}

}
