package tr.destek.enterprise.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public size-class API and calculator page, without signing in. */
@IntegrationTest
class SizeClassApiTest {

	static final String URL = "/api/v1/enterprises/size-class";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void thresholds() {
		KobiThresholdsFixture.ensure(this.jdbc);
	}

	@Test
	void answersTheClassAndTheReason() throws Exception {
		this.mvc
			.perform(get(URL).param("employees", "35")
				.param("netSales", "42000000")
				.param("balanceSheet", "60000000")
				.param("date", "2025-01-15"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sizeClass").value("SMALL"))
			.andExpect(jsonPath("$.reason").value(
					"Küçük işletme: 35 çalışan < 50 ve yıllık net satış hasılatı 42.000.000,00 TL ≤ 100.000.000,00 TL "
							+ "(KOBİ Yönetmeliği MADDE 5, 25/05/2023 tarihinden itibaren geçerli eşikler)"));
	}

	@Test
	void madde5_theMediumLimitDependsOnTheDate() throws Exception {
		this.mvc
			.perform(get(URL).param("employees", "100")
				.param("netSales", "800000000")
				.param("balanceSheet", "800000000")
				.param("date", "2025-08-06"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sizeClass").value("LARGE"));
		this.mvc
			.perform(get(URL).param("employees", "100")
				.param("netSales", "800000000")
				.param("balanceSheet", "800000000")
				.param("date", "2025-08-07")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sizeClass").value("MEDIUM"))
			.andExpect(jsonPath("$.reason").value(containsString("thresholds in force from 07/08/2025")));
	}

	@Test
	void theDateDefaultsToToday() throws Exception {
		this.mvc.perform(get(URL).param("employees", "9").param("netSales", "10000000").param("balanceSheet", "0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sizeClass").value("MICRO"));
	}

	@Test
	void negativeNumbersAre400WithTheField() throws Exception {
		this.mvc.perform(get(URL).param("employees", "5").param("netSales", "-1").param("balanceSheet", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.errors[0].field").value("netSales"))
			.andExpect(jsonPath("$.errors[0].message").value("Bu değer negatif olamaz."));
	}

	@Test
	void missingNumbersAre400ForEachField() throws Exception {
		this.mvc.perform(get(URL).param("employees", "5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("netSales")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("balanceSheet")));
	}

	@Test
	void malformedNumbersAndDatesAre400() throws Exception {
		this.mvc.perform(get(URL).param("employees", "many").param("netSales", "1").param("balanceSheet", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("employees"));
		this.mvc
			.perform(get(URL).param("employees", "1")
				.param("netSales", "1")
				.param("balanceSheet", "1")
				.param("date", "2025-02-30"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		this.mvc
			.perform(get(URL).param("employees", "1")
				.param("netSales", "1.234")
				.param("balanceSheet", "1")
				.param("date", "2025-02-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("netSales"));
	}

	@Test
	void aDateBeforeAnyThresholdsIs400() throws Exception {
		this.mvc
			.perform(get(URL).param("employees", "1")
				.param("netSales", "1")
				.param("balanceSheet", "1")
				.param("date", "2020-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("2020-01-01 tarihinde")));
	}

	@Test
	void theCalculatorPageUsesTheSameClassifierAndReadsTurkishAmounts() throws Exception {
		this.mvc.perform(get("/calculators/size-class"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"size-class-form\"")));
		this.mvc
			.perform(get("/calculators/size-class").param("employees", "35")
				.param("netSales", "42.000.000,00")
				.param("balanceSheet", "60.000.000")
				.param("date", "2025-01-15"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Küçük işletme: 35 çalışan &lt; 50")));
		this.mvc.perform(get("/calculators/size-class").param("employees", "-3").param("netSales", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"employees-error\"")))
			.andExpect(content().string(containsString("id=\"netSales-error\"")))
			.andExpect(content().string(containsString("value=\"abc\"")));
	}

	@Test
	void theApiIsDocumentedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.paths['/api/v1/enterprises/size-class'].get.parameters[*].name", hasItem("netSales")));
	}

}
