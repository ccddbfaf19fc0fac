package tr.destek.credit.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public calculator page {@code /calculators/kosgeb-subsidy} (no login). */
@IntegrationTest
class SubsidyCalculatorPageTests {

	static final String URL = "/calculators/kosgeb-subsidy";

	@Autowired
	MockMvc mvc;

	String page(String amount, String lang) throws Exception {
		var request = get(URL).param("loanAmount", amount)
			.param("termMonths", "36")
			.param("graceMonths", "6")
			.param("supportPoints", "20")
			.param("disbursementDate", "2025-01-31");
		if (lang != null) {
			request.param("lang", lang);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void emptyFormForAnonymousVisitors() throws Exception {
		String html = this.mvc.perform(get(URL))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(html).contains("KOSGEB faiz desteği hesaplayıcı", "id=\"loanAmount\"", "id=\"termMonths\"")
			.doesNotContain("id=\"schedule-table\"");
	}

	@Test
	void madde15_4_publicWorkedExample_inTurkishNotation_withTableAndChart() throws Exception {
		String html = page("10.000.000,00", null);

		assertThat(html).contains("3.950.457,50 TL", "1.295.045,75 TL", "61.668,85 TL", "460.247,71 TL", "30.04.2025",
				"31.07.2025", "31.01.2028");
		assertThat(html).contains("<svg", "role=\"img\"", "aria-labelledby=\"chart-title chart-desc\"",
				"<title id=\"chart-title\"");
		assertThat(html.split("class=\"chart-interest\"", -1)).hasSize(13);
		assertThat(html).doesNotContain("style=", "onclick");
	}

	@Test
	void plainDigitsAndEnglish() throws Exception {
		String html = page("10000000", "en");

		assertThat(html).contains("KOSGEB interest subsidy calculator", "3,950,457.50 TL", "30/04/2025");
	}

	@Test
	void badInputIsShownNextToTheFieldAndKept() throws Exception {
		String html = page("on milyon", null);

		assertThat(html).contains("id=\"loanAmount-error\"", "Tutarı anlaşılır biçimde girin", "value=\"on milyon\"")
			.doesNotContain("id=\"schedule-table\"");

		String tooSmall = page("500.000", null);
		assertThat(tooSmall).contains("Kredi tutarı en az 1.000.000,00 TL olmalıdır", "MADDE 6(2)",
				"value=\"500.000\"");
	}

}
