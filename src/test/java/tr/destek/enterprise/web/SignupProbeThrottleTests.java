package tr.destek.enterprise.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.support.IntegrationTest;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Security issue #9, finding D: the sign-up form must tell a real applicant that an
 * e-mail or a tax number is already registered, so one address may not probe it at will:
 * after {@code destek.security.throttle.max-refused-signups-per-address} (30) refused
 * submissions in the window it answers 429 "too many attempts"; sign-ups that go through
 * do not count.
 */
@IntegrationTest
class SignupProbeThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void thresholds() {
		KobiThresholdsFixture.ensure(this.jdbc);
	}

	@Test
	void anAddressProbingTakenEmailsIsSlowedDownAfter30RefusedSignUps() throws Exception {
		String taken = Applicants.uniqueEmail();
		RequestPostProcessor prober = from("192.0.2.10");
		this.mvc.perform(SignupTest.signup(Enterprises.randomVkn(), taken).with(prober))
			.andExpect(redirectedUrl("/enterprise/profile"));
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(SignupTest.signup(Enterprises.randomVkn(), taken).with(prober)).andExpect(status().isOk());
		}
		this.mvc.perform(SignupTest.signup(Enterprises.randomVkn(), Applicants.uniqueEmail()).with(prober))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
		// another address is not affected
		this.mvc.perform(SignupTest.signup(Enterprises.randomVkn(), Applicants.uniqueEmail()).with(from("192.0.2.11")))
			.andExpect(redirectedUrl("/enterprise/profile"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
