package tr.destek.enterprise.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 point 14: percent and money fields say what they expect, before submitting (a
 * hint next to the field) and after a value that is no number ("yüz" in a % field gets "0
 * ile 100 arasında bir sayı girin", not "Bu değer okunamadı"). Red before: the enterprise
 * forms answered every unreadable value with "Bu değer okunamadı".
 */
@IntegrationTest
class PercentAndMoneyFieldTests {

	static final short PROVINCE = 54;

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void aWordInAPercentFieldAsksForANumberBetween0And100() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises, PROVINCE);
		Document form = Jsoup
			.parse(this.mvc.perform(get("/enterprise/persons").with(Applicants.as(this.userDetails, email)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(form.getElementById("sharePercent-hint").text()).startsWith("0 ile 100 arasında bir sayı girin");

		Document page = Jsoup.parse(this.mvc
			.perform(post("/enterprise/persons").with(Applicants.as(this.userDetails, email))
				.with(csrf())
				.param("tckn", "10000000146")
				.param("fullName", "Yüzde Deneme")
				.param("relation", "PARTNER")
				.param("sharePercent", "yüz"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.getElementById("sharePercent-error").text()).startsWith("0 ile 100 arasında bir sayı girin")
			.doesNotContain("okunamadı");
		assertThat(page.getElementById("sharePercent").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("sharePercent").val()).isEqualTo("yüz");
	}

	@Test
	void aWordInAMoneyFieldAsksForTheAmountFormat() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises, PROVINCE);
		Document form = Jsoup
			.parse(this.mvc.perform(get("/enterprise/fiscal-years").with(Applicants.as(this.userDetails, email)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(form.getElementById("netSales-hint").text()).contains("1.234.567,89");

		Document page = Jsoup.parse(this.mvc
			.perform(post("/enterprise/fiscal-years").with(Applicants.as(this.userDetails, email))
				.with(csrf())
				.param("year", "2021")
				.param("employees", "12")
				.param("netSales", "kırk milyon")
				.param("balanceSheetTotal", "1.000.000,00"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.getElementById("netSales-error").text()).contains("1.234.567,89").doesNotContain("okunamadı");
	}

}
