package tr.destek.enterprise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #9 point 5: how staff see a TCKN. */
class TaxNumberMaskTest {

	@Test
	void aTcknShowsItsFirstThreeAndLastTwoDigits() {
		assertThat(TaxNumber.masked("12345678950")).isEqualTo("123******50");
	}

	@Test
	void aVknAndAnythingElseStayAsTheyAre() {
		assertThat(TaxNumber.masked("1234567890")).isEqualTo("1234567890");
		assertThat(TaxNumber.masked("1234567895a")).isEqualTo("1234567895a");
		assertThat(TaxNumber.masked(null)).isNull();
	}

}
