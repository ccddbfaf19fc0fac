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

}
