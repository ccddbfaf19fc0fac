package tr.destek.payment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the board's acceptance the applicant is told what comes next (the bank loan,
 * MADDE 14; the payment requests, MADDE 15(1)) and reaches its loans, payments and
 * monitoring from the application page.
 */
@IntegrationTest
class PaymentNavigationTests {

	/** Kastamonu: no other test uses it. */
	static final int PROVINCE = 37;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	PaymentFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new PaymentFixtures(this.context);
	}

	@Test
	void madde14_madde15_1_anAcceptedApplicationLeadsToTheLoanThePaymentRequestsAndTheMonitoring() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);

		this.mvc.perform(get("/kosgeb/application").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/kosgeb/application/loans\" id=\"link-loans\"")))
			.andExpect(content().string(containsString("href=\"/kosgeb/application/payments\" id=\"link-payments\"")))
			.andExpect(
					content().string(containsString("href=\"/kosgeb/application/monitoring\" id=\"link-monitoring\"")))
			// the loan was disbursed: nobody tells the applicant to apply for one (issue
			// 10,
			// point 8)
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("kredi başvurusu yapın"))));
		this.mvc.perform(get("/dashboard").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("kredi başvurusu yapın"))))
			.andExpect(content().string(containsString("Ödeme Talep Formu ile faiz desteği isteyin (MADDE 15(1))")));
		// the pages linked are the applicant's own
		this.mvc.perform(get("/kosgeb/application/payments").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("quarters-" + c.loan().loanId())));
		this.mvc.perform(get("/kosgeb/application/monitoring").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"programme-start\"")));
	}

}
