package tr.destek.identity;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.support.IntegrationTest;
import tr.destek.support.OwnerJdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Sign-in with hashed passwords, lock-out after repeated failures, no user enumeration.
 */
@IntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerJdbc owner;

	@Test
	void passwordsAreStoredHashedWithBcryptAndSignInWorks() throws Exception {
		String email = staff("correct-horse-battery");
		String hash = this.jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
				email);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct-horse-battery");
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password("correct-horse-battery"))
			.andExpect(authenticated().withUsername(email))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		String email = staff("the-right-password");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").userParameter("email").user(email).password("wrong-" + i))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password("the-right-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.users.findByEmail(email).orElseThrow().getLockedUntil()).isNotNull();
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAsAWrongPassword() throws Exception {
		this.mvc
			.perform(formLogin("/login").userParameter("email")
				.user("nobody-" + UUID.randomUUID() + "@example.com")
				.password("whatever-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theDatabaseRefusesToRewriteTheAuditTrail() {
		staff("some-password-123");
		// the application's role may not even try (DatabaseRolesTests); the trigger stops
		// the owner role too
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.owner.jdbc().update("update audit_entry set actor = 'mallory'"))
			.hasStackTraceContaining("audit_entry is append-only");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.owner.jdbc().update("delete from audit_entry"))
			.hasStackTraceContaining("audit_entry is append-only");
	}

	private String staff(String password) {
		String email = "staff-" + UUID.randomUUID() + "@example.com";
		this.users.createStaffWithPassword(email, "Test Personel", EnumSet.of(Role.RESPONSIBLE_STAFF), (short) 42,
				password);
		return email;
	}

}
