package tr.destek.platform;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AmountTextTests {

	@Test
	void readsTurkishPlainAndEnglishNotation() {
		assertThat(AmountText.parse("1.234.567,89")).isEqualByComparingTo("1234567.89");
		assertThat(AmountText.parse("1234567.89")).isEqualByComparingTo("1234567.89");
		assertThat(AmountText.parse("1234567,89")).isEqualByComparingTo("1234567.89");
		assertThat(AmountText.parse("1,234,567.89")).isEqualByComparingTo("1234567.89");
		assertThat(AmountText.parse("1.234.567")).isEqualByComparingTo("1234567");
		assertThat(AmountText.parse("42.000.000,00 TL")).isEqualByComparingTo("42000000");
		assertThat(AmountText.parse("-12.500,5")).isEqualByComparingTo("-12500.50");
		assertThat(AmountText.parse("1.234")).isEqualByComparingTo("1234");
		assertThat(AmountText.parse("12.5")).isEqualByComparingTo("12.50");
		assertThat(AmountText.parse("10 000 000 TL")).isEqualByComparingTo("10000000");
		assertThat(AmountText.parse("17,5")).isEqualByComparingTo("17.5");
	}

	@Test
	void refusesWhatIsNotAnAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> AmountText.parse("12,345,67"));
		assertThatIllegalArgumentException().isThrownBy(() -> AmountText.parse("1.23.456,00"));
		assertThatIllegalArgumentException().isThrownBy(() -> AmountText.parse("abc"));
		assertThatIllegalArgumentException().isThrownBy(() -> AmountText.parse("10,123"));
		assertThatIllegalArgumentException().isThrownBy(() -> AmountText.parse("1.00.000"));
	}

	@Test
	void writesAmountsInTheUsersNotation() {
		assertThat(AmountText.format(new BigDecimal("1234567.8"), Locale.forLanguageTag("tr-TR")))
			.isEqualTo("1.234.567,80");
		assertThat(AmountText.format(new BigDecimal("1234567.8"), Locale.ENGLISH)).isEqualTo("1,234,567.80");
	}

}
