package tr.destek.enterprise.web;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.support.IntegrationTest;
import tr.destek.support.MailLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Security issue #9, finding C: a password over 72 bytes (bcrypt's limit) answered 500 on
 * sign-up and activation; 40 × "ş" has 40 characters but 80 bytes. Now the form says so
 * next to the field, in Turkish and English, and the sign-in simply refuses it.
 */
@IntegrationTest
class PasswordLengthTests {

	static final String EIGHTY_BYTES = "ş".repeat(40);

	static final String SEVENTY_TWO_BYTES = "ş".repeat(36);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void thresholds() {
		KobiThresholdsFixture.ensure(this.jdbc);
	}

	@Test
	void signUpRefusesAPasswordOver72BytesNextToTheField() throws Exception {
		String email = Applicants.uniqueEmail();
		this.mvc
			.perform(SignupTest.signup(Enterprises.randomVkn(), email, "password", EIGHTY_BYTES, "passwordConfirmation",
					EIGHTY_BYTES))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("en fazla 72 bayt")));
		this.mvc
			.perform(
					SignupTest
						.signup(Enterprises.randomVkn(), Applicants.uniqueEmail(), "password", EIGHTY_BYTES,
								"passwordConfirmation", EIGHTY_BYTES)
						.cookie(new Cookie("destek-lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 72 bytes")));
		assertThat(this.users.emailTaken(email)).isFalse();
	}

	@Test
	void signUpTakesExactly72Bytes() throws Exception {
		this.mvc
			.perform(SignupTest.signup(Enterprises.randomVkn(), Applicants.uniqueEmail(), "password", SEVENTY_TWO_BYTES,
					"passwordConfirmation", SEVENTY_TWO_BYTES))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/signup/sent"));
	}

	@Test
	void activationRefusesAPasswordOver72BytesNextToTheField() throws Exception {
		UserAccount account = this.users.createStaff("uzman-" + UUID.randomUUID() + "@kosgeb.example", "Uzun Parola",
				EnumSet.of(Role.BOARD_SECRETARIAT), null);
		this.mvc
			.perform(post(MailLinks.latestPath(account.getEmail(), "/invitations/")).with(csrf())
				.param("password", EIGHTY_BYTES)
				.param("passwordConfirmation", EIGHTY_BYTES))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("en fazla 72 bayt")));
		assertThat(this.users.find(account.getId()).orElseThrow().isAwaitingActivation()).isTrue();
	}

	@Test
	void theServiceRefusesToHashAPasswordOver72BytesAndSignInJustFails() throws Exception {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.users.createStaffWithPassword("uzman-" + UUID.randomUUID() + "@kosgeb.example",
					"Uzun Parola", EnumSet.of(Role.BOARD_SECRETARIAT), EIGHTY_BYTES));
		String email = "uzman-" + UUID.randomUUID() + "@kosgeb.example";
		this.users.createStaffWithPassword(email, "Kısa Parola", EnumSet.of(Role.BOARD_SECRETARIAT),
				"dogru-parola-2026");
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(EIGHTY_BYTES))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

}
