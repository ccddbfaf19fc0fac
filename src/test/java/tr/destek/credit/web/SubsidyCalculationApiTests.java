package tr.destek.credit.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public endpoint {@code GET /api/v1/calculations/kosgeb-subsidy} (no login), checked
 * on the raw JSON text: money is a number with exactly two decimals.
 */
@IntegrationTest
class SubsidyCalculationApiTests {

	static final String URL = "/api/v1/calculations/kosgeb-subsidy";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	static MockHttpServletRequestBuilder subsidy(String amount, String term, String grace, String points, String date) {
		MockHttpServletRequestBuilder request = get(URL);
		if (amount != null) {
			request.param("loanAmount", amount);
		}
		if (term != null) {
			request.param("termMonths", term);
		}
		if (grace != null) {
			request.param("graceMonths", grace);
		}
		if (points != null) {
			request.param("supportPoints", points);
		}
		if (date != null) {
			request.param("disbursementDate", date);
		}
		return request;
	}

	String json(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void madde15_4_publicWorkedExample() throws Exception {
		String json = json(subsidy("10000000", "36", "6", "20", "2025-03-14"));

		assertThat(json).startsWith("{\"installment\":1295045.75,\"totalSubsidy\":3950457.50,\"quarters\":[");
		assertThat(json).contains(
				"{\"number\":1,\"dueDate\":\"2025-06-14\",\"interest\":500000.00,\"principal\":0.00,\"balance\":10000000.00}",
				"{\"number\":2,\"dueDate\":\"2025-09-14\",\"interest\":500000.00,\"principal\":0.00,\"balance\":10000000.00}",
				"{\"number\":3,\"dueDate\":\"2025-12-14\",\"interest\":500000.00,\"principal\":795045.75,\"balance\":9204954.25}",
				"{\"number\":12,\"dueDate\":\"2028-03-14\",\"interest\":61668.85,\"principal\":1233376.90,\"balance\":0.00}");
		Matcher interest = Pattern.compile("\"interest\":([0-9.]+)").matcher(json);
		StringBuilder interests = new StringBuilder();
		while (interest.find()) {
			interests.append(interest.group(1)).append(' ');
		}
		assertThat(interests.toString().trim())
			.isEqualTo("500000.00 500000.00 500000.00 460247.71 418507.81 374680.91 328662.67 280343.52 229608.41 "
					+ "176336.54 120401.08 61668.85");
		assertThat(json).doesNotContain("E+");
	}

	@Test
	void boundaries_oneAndTwentyMillion_termThreeAndThirtySix() throws Exception {
		assertThat(json(subsidy("1000000", "3", "0", "20", "2025-03-14")))
			.startsWith("{\"installment\":1050000.00,\"totalSubsidy\":50000.00,")
			.contains("\"principal\":1000000.00,\"balance\":0.00}");
		assertThat(json(subsidy("20000000.00", "36", "3", "20", "2025-03-14")))
			.startsWith("{\"installment\":2407777.83,\"totalSubsidy\":7485556.13,");
		assertThat(json(subsidy("1000000", "36", "0", "20", "2025-03-14")))
			.startsWith("{\"installment\":112825.41,\"totalSubsidy\":353904.94,");
	}

	@Test
	void madde18_14_dueDatesFromThe31stOfJanuary() throws Exception {
		String json = json(subsidy("2000000", "12", "0", "20", "2025-01-31"));

		assertThat(json).contains("\"dueDate\":\"2025-04-30\"", "\"dueDate\":\"2025-07-31\"",
				"\"dueDate\":\"2025-10-31\"", "\"dueDate\":\"2026-01-31\"");
	}

	static Stream<Arguments> invalid() {
		return Stream.of(
				Arguments.of(subsidy("999999.99", "36", "6", "20", "2025-03-14"), "loanAmount", "1.000.000,00"),
				Arguments.of(subsidy("20000000.01", "36", "6", "20", "2025-03-14"), "loanAmount", "20.000.000,00"),
				Arguments.of(subsidy("10000000", "39", "6", "20", "2025-03-14"), "termMonths", "36"),
				Arguments.of(subsidy("10000000", "35", "6", "20", "2025-03-14"), "termMonths", "3"),
				Arguments.of(subsidy("10000000", "36", "9", "20", "2025-03-14"), "graceMonths", "6"),
				Arguments.of(subsidy("10000000", "6", "6", "20", "2025-03-14"), "graceMonths", "6"),
				Arguments.of(subsidy("10000000", "36", "6", "0", "2025-03-14"), "supportPoints", "sıfır"),
				Arguments.of(subsidy("10000000", "36", "6", "-1", "2025-03-14"), "supportPoints", "sıfır"),
				Arguments.of(subsidy("10000000", "36", "6", "20", "2024-11-28"), "disbursementDate", "15(4)"),
				Arguments.of(subsidy(null, "36", "6", "20", "2025-03-14"), "loanAmount", "zorunlu"),
				Arguments.of(subsidy("10000000", "abc", "6", "20", "2025-03-14"), "termMonths", "abc"),
				Arguments.of(subsidy("10000000", "36", "6", "20", "31.01.2025"), "disbursementDate", "31.01.2025"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("invalid")
	void invalidInputAnswers400WithTheFieldAndTheLimit(MockHttpServletRequestBuilder request, String field,
			String mentioned) throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(body).startsWith("{\"errors\":[{\"field\":\"" + field + "\",\"message\":\"").contains(mentioned);
	}

	@Test
	void errorsInEnglishWhenAsked() throws Exception {
		this.mvc.perform(subsidy("10000000", "39", "6", "20", "2025-03-14").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The term may be at most 36 months (MADDE 6(2), 6(6))."));
	}

	/**
	 * MADDE 6(3): without supportPoints the version in force on the disbursement date.
	 */
	@Test
	@Transactional
	void madde6_3_supportPointsInForceOnTheDisbursementDate() throws Exception {
		this.jdbc.update("""
				insert into parameter_definition (scope, param_key, unit, description_tr, description_en)
				values ('KOSGEB_DT', 'support-points', 'PERCENT', 'Destek puanı', 'Support points')
				on conflict do nothing""");
		this.jdbc.update("""
				insert into parameter_version (scope, param_key, value_text, valid_from, source_article, created_by)
				values ('KOSGEB_DT', 'support-points', '17.5', date '2099-01-01', 'MADDE 6(3) (test)', 'test')""");

		assertThat(json(subsidy("5000000", "12", "3", null, "2099-02-01")))
			.startsWith("{\"installment\":1814580.89,\"totalSubsidy\":662492.68,")
			.contains("\"supportPoints\":17.5");
		// an explicit value wins
		assertThat(json(subsidy("10000000", "36", "6", "20", "2099-02-01")))
			.startsWith("{\"installment\":1295045.75,\"totalSubsidy\":3950457.50,");
	}

}
