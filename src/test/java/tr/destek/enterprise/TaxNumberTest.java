package tr.destek.enterprise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Valid examples were computed by hand with the Gelir İdaresi VKN algorithm and the TCKN
 * checksum rules (see {@link TaxNumber}).
 */
class TaxNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "9876543217", "1111111114", "4700164578", "0246813572" })
	void acceptsVknWithTheRightCheckDigit(String vkn) {
		TaxNumber number = TaxNumber.of(vkn);
		assertThat(number.type()).isEqualTo(TaxNumberType.VKN);
		assertThat(number.value()).isEqualTo(vkn);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567891", "1234567899", "9876543210", "1111111111", "4700164579" })
	void refusesVknWithAWrongCheckDigit(String vkn) {
		assertThatThrownBy(() -> TaxNumber.of(vkn)).isInstanceOf(InvalidTaxNumberException.class)
			.extracting(ex -> ((InvalidTaxNumberException) ex).getReason())
			.isEqualTo(InvalidTaxNumberException.Reason.VKN_CHECK_DIGIT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "10000000146", "12345678950", "98765432150", "55555555550", "27182818254" })
	void acceptsTcknWithBothChecksumDigits(String tckn) {
		TaxNumber number = TaxNumber.of(tckn);
		assertThat(number.type()).isEqualTo(TaxNumberType.TCKN);
		assertThat(TaxNumber.tckn(tckn).value()).isEqualTo(tckn);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// 10th digit wrong
			"10000000156",
			// 11th digit wrong
			"10000000147",
			// first digit 0, although both checksums of 000000001 hold
			"00000000178", "12345678951" })
	void refusesTcknWithWrongChecksumsOrLeadingZero(String tckn) {
		assertThatThrownBy(() -> TaxNumber.of(tckn)).isInstanceOf(InvalidTaxNumberException.class)
			.extracting(ex -> ((InvalidTaxNumberException) ex).getReason())
			.isEqualTo(InvalidTaxNumberException.Reason.TCKN_CHECKSUM);
	}

	@Test
	void refusesOtherLengthsAndLetters() {
		assertThat(reason("123456789")).isEqualTo(InvalidTaxNumberException.Reason.LENGTH);
		assertThat(reason("123456789012")).isEqualTo(InvalidTaxNumberException.Reason.LENGTH);
		assertThat(reason("12345abc90")).isEqualTo(InvalidTaxNumberException.Reason.NOT_DIGITS);
		assertThat(reason("")).isEqualTo(InvalidTaxNumberException.Reason.NOT_DIGITS);
		assertThat(reason(null)).isEqualTo(InvalidTaxNumberException.Reason.NOT_DIGITS);
	}

	@Test
	void ignoresSpacesPeopleTypeBetweenDigitGroups() {
		assertThat(TaxNumber.of(" 123 456 7890 ").value()).isEqualTo("1234567890");
	}

	@Test
	void aVknIsNotAcceptedWhereATcknIsNeeded() {
		assertThatThrownBy(() -> TaxNumber.tckn("1234567890")).isInstanceOf(InvalidTaxNumberException.class)
			.extracting(ex -> ((InvalidTaxNumberException) ex).getReason())
			.isEqualTo(InvalidTaxNumberException.Reason.NOT_TCKN);
	}

	@Test
	void onlyASoleProprietorMayUseATckn() {
		assertThat(LegalForm.SOLE_PROPRIETOR.accepts(TaxNumberType.TCKN)).isTrue();
		assertThat(LegalForm.SOLE_PROPRIETOR.accepts(TaxNumberType.VKN)).isTrue();
		assertThat(LegalForm.LIMITED.accepts(TaxNumberType.TCKN)).isFalse();
		assertThat(LegalForm.JOINT_STOCK.accepts(TaxNumberType.VKN)).isTrue();
	}

	private static InvalidTaxNumberException.Reason reason(String text) {
		try {
			TaxNumber.of(text);
			throw new AssertionError("accepted " + text);
		}
		catch (InvalidTaxNumberException ex) {
			return ex.getReason();
		}
	}

}
