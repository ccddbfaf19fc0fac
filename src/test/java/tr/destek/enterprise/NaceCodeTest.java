package tr.destek.enterprise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NACE code formats; the division and section checks are in EnterpriseRepositoryTest. */
class NaceCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "25", "25.6", "25.62", "25.62.01", " 10.71 " })
	void acceptsDivisionGroupClassAndTurkishSixDigitCodes(String code) {
		assertThat(NaceCode.hasValidFormat(code)).isTrue();
		assertThat(NaceCode.requireFormat(code)).isEqualTo(code.trim());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2", "256", "25.", "25.621", "25.62.1", "25-62", "2a.62", "25.62.01.1" })
	void refusesOtherFormats(String code) {
		assertThat(NaceCode.hasValidFormat(code)).isFalse();
		assertThatThrownBy(() -> NaceCode.requireFormat(code)).isInstanceOf(InvalidNaceCodeException.class);
	}

}
