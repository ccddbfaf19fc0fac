package tr.destek.calendar.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.support.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public calculator page /calculators/deadline. */
@IntegrationTest
class DeadlineCalculatorPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousVisitorsSeeTheEmptyForm() throws Exception {
		this.mvc.perform(get("/calculators/deadline"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Süre hesaplayıcı"), containsString("name=\"amount\""),
					not(containsString("Gerekçe")))));
	}

	@Test
	void madde18_13_theResultShowsTheShiftTheReasonAndTheBayramInside() throws Exception {
		this.mvc
			.perform(get("/calculators/deadline").param("start", "2026-05-15")
				.param("amount", "15")
				.param("unit", "DAYS")
				.param("delivery", "ELECTRONIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 Haziran 2026 Pazartesi, saat 23:59"),
					containsString("MADDE 18(13)"), containsString("Kurban Bayramı 1. gün"),
					containsString("Kurban Bayramı 4. gün"), containsString("deadline-shifted"))));
	}

	@Test
	void theResultIsInEnglishWhenChosen() throws Exception {
		this.mvc
			.perform(get("/calculators/deadline").param("start", "2026-03-02")
				.param("amount", "15")
				.param("unit", "DAYS")
				.param("delivery", "PHYSICAL")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tuesday, 17 March 2026, at 17:30"),
					containsString("end of office hours (17:30)"))));
	}

	@Test
	void badInputIsShownNextToTheFieldAndKept() throws Exception {
		this.mvc.perform(get("/calculators/deadline").param("start", "not-a-date").param("amount", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"start-error\""),
					containsString("Geçerli bir tarih girin"), containsString("id=\"amount-error\""),
					containsString("Süre 1 ile 3650 arasında"), containsString("value=\"not-a-date\""))));
	}

	/**
	 * Issue 10 point 14: the limit depends on the unit (ten years: 3650 days, 120 months,
	 * 10 years). Red before: 3650 YEARS was accepted.
	 */
	@Test
	void theLimitDependsOnTheUnit() throws Exception {
		this.mvc
			.perform(get("/calculators/deadline").param("start", "2026-05-15")
				.param("amount", "3650")
				.param("unit", "YEARS")
				.param("delivery", "ELECTRONIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"amount-error\""), containsString("Yıl cinsinden süre 1 ile 10 arasında"),
							not(containsString("id=\"result-heading\"")))));
		this.mvc
			.perform(get("/calculators/deadline").param("start", "2026-05-15")
				.param("amount", "121")
				.param("unit", "MONTHS")
				.param("delivery", "ELECTRONIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ay cinsinden süre 1 ile 120 arasında")));
		this.mvc
			.perform(get("/calculators/deadline").param("start", "2026-05-15")
				.param("amount", "10")
				.param("unit", "YEARS")
				.param("delivery", "ELECTRONIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"amount-error\""))));
		this.mvc
			.perform(get("/api/v1/calculations/deadline").param("start", "2026-05-15")
				.param("amount", "3650")
				.param("unit", "YEARS"))
			.andExpect(status().isBadRequest());
		// the limits are stated before submitting
		this.mvc.perform(get("/calculators/deadline"))
			.andExpect(content().string(containsString("En çok 3650 gün, 120 ay ya da 10 yıl.")));
	}

}
