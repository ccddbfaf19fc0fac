package tr.destek.calendar.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.support.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/v1/calculations/deadline: public, KOSGEB UE MADDE 18(13)/(14). */
@IntegrationTest
class DeadlineApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void madde18_13_kurbanExampleAnswersTheContractedBodyWithoutSignIn() throws Exception {
		this.mvc
			.perform(get("/api/v1/calculations/deadline").param("start", "2026-05-15")
				.param("amount", "15")
				.param("unit", "DAYS")
				.param("delivery", "ELECTRONIC"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$.start").value("2026-05-15"))
			.andExpect(jsonPath("$.lastDay").value("2026-05-30"))
			.andExpect(jsonPath("$.end").value("2026-06-01T23:59:00+03:00"))
			.andExpect(jsonPath("$.shifted").value(true))
			.andExpect(jsonPath("$.reason",
					allOf(containsString("MADDE 18(13)"), containsString("resmî tatile (Kurban Bayramı 4. gün)"))));
	}

	@Test
	void deliveryDefaultsToElectronicAndPhysicalEndsAtOfficeHoursEnd() throws Exception {
		this.mvc
			.perform(get("/api/v1/calculations/deadline").param("start", "2026-03-02")
				.param("amount", "15")
				.param("unit", "DAYS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.end").value("2026-03-17T23:59:00+03:00"))
			.andExpect(jsonPath("$.shifted").value(false));
		this.mvc
			.perform(get("/api/v1/calculations/deadline").param("start", "2026-03-02")
				.param("amount", "15")
				.param("unit", "DAYS")
				.param("delivery", "PHYSICAL"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.end").value("2026-03-17T17:30:00+03:00"));
	}

	@Test
	void madde18_14_monthsEndOnTheLastDayOfFebruary() throws Exception {
		this.mvc
			.perform(get("/api/v1/calculations/deadline").param("start", "2026-01-31")
				.param("amount", "1")
				.param("unit", "MONTHS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastDay").value("2026-02-28"))
			.andExpect(jsonPath("$.reason", containsString("MADDE 18(14)")));
	}

	@Test
	void theReasonFollowsLangThenAcceptLanguageThenTurkish() throws Exception {
		this.mvc
			.perform(get("/api/v1/calculations/deadline").param("start", "2026-05-15")
				.param("amount", "15")
				.param("unit", "DAYS")
				.header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason", containsString("is an official holiday (Eid al-Adha")));
		this.mvc
			.perform(get("/api/v1/calculations/deadline").param("start", "2026-05-15")
				.param("amount", "15")
				.param("unit", "DAYS")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason", containsString("Monday, 1 June 2026")));
		this.mvc
			.perform(get("/api/v1/calculations/deadline").param("start", "2026-05-15")
				.param("amount", "15")
				.param("unit", "DAYS")
				.param("lang", "tr")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason", containsString("1 Haziran 2026 Pazartesi")));
	}

	@ParameterizedTest(name = "{0}={1} -> 400 on {0}")
	@CsvSource(nullValues = "NULL", value = { "start,NULL", "start,2026-02-30", "start,15.05.2026", "amount,NULL",
			"amount,0", "amount,3651", "amount,-5", "amount,abc", "unit,NULL", "unit,WEEKS", "delivery,FAX" })
	void badInputAnswers400NamingTheField(String field, String value) throws Exception {
		var request = get("/api/v1/calculations/deadline");
		String[][] valid = { { "start", "2026-05-15" }, { "amount", "15" }, { "unit", "DAYS" },
				{ "delivery", "ELECTRONIC" } };
		for (String[] pair : valid) {
			if (!pair[0].equals(field)) {
				request.param(pair[0], pair[1]);
			}
		}
		if (value != null) {
			request.param(field, value);
		}
		this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	@Test
	void everyBadFieldIsReportedInTheRequestLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/calculations/deadline").param("amount", "0").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[1].field").value("amount"))
			.andExpect(jsonPath("$.errors[1].message").value("The amount must be a whole number from 1 to 3650."));
	}

	@Test
	void theOpenApiDocumentDescribesTheEndpoint() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/calculations/deadline'].get.summary", containsString("MADDE 18(13)")))
			.andExpect(jsonPath("$.paths['/api/v1/calculations/deadline'].get.parameters[*].name",
					org.hamcrest.Matchers.hasItems("start", "amount", "unit", "delivery")));
	}

}
