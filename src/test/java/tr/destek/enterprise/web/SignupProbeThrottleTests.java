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
 * Security issue #9, finding D and point 9: the sign-up form no longer tells whether an
 * e-mail or a tax number is registered (every accepted form answers "check your e-mail");
 * refused submissions are still throttled: after
 * {@code destek.security.throttle.max-refused-signups-per-address} (30) in the window the
 * address gets 429 "too many attempts"; sign-ups that go through do not count.
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
	void aTakenEmailGetsTheSameAnswerAsANewOneSoThereIsNothingToProbe() throws Exception {
		// issue #9 point 9: before, a taken e-mail answered 200 with "already registered"
		String taken = Applicants.uniqueEmail();
		RequestPostProcessor prober = from("192.0.2.10");
		this.mvc.perform(SignupTest.signup(Enterprises.randomVkn(), taken).with(prober))
			.andExpect(redirectedUrl("/signup/sent"));
		this.mvc.perform(SignupTest.signup(Enterprises.randomVkn(), taken).with(prober))
			.andExpect(redirectedUrl("/signup/sent"));
	}

	@Test
	void anAddressSendingRefusedSignUpsIsSlowedDownAfter30() throws Exception {
		RequestPostProcessor prober = from("192.0.2.12");
		for (int i = 0; i < 30; i++) {
			// refused on its fields: the passwords differ
			this.mvc
				.perform(
						SignupTest
							.signup(Enterprises.randomVkn(), Applicants.uniqueEmail(), "passwordConfirmation",
									"baska-bir-parola")
							.with(prober))
				.andExpect(status().isOk());
		}
		this.mvc.perform(SignupTest.signup(Enterprises.randomVkn(), Applicants.uniqueEmail()).with(prober))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
		// another address is not affected
		this.mvc.perform(SignupTest.signup(Enterprises.randomVkn(), Applicants.uniqueEmail()).with(from("192.0.2.11")))
			.andExpect(redirectedUrl("/signup/sent"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
