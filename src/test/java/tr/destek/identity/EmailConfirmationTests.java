package tr.destek.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.Registration;
import tr.destek.support.IntegrationTest;
import tr.destek.support.MailLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 point 7: e-mail addresses were never verified (a new applicant acted at once,
 * signed in by the sign-up itself). Now the account signs in but sees only the page that
 * asks for the confirmation until it follows the one-time link mailed to it; the link is
 * random (256 bits), stored only as its SHA-256, valid 48 hours and once; every step is
 * audited. Chosen over refusing the sign-in: the user learns what to do and can ask for a
 * new link, and only someone with the password gets that far (no account oracle).
 */
@IntegrationTest
class EmailConfirmationTests {

	static final String PASSWORD = "basvuru-parolasi-2026";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUnconfirmedApplicantSignsInButCannotActUntilHeFollowsTheMailedLink() throws Exception {
		UserAccount account = unconfirmedApplicant();
		BrowserLikeClient browser = new BrowserLikeClient(this.port, null);
		assertThat(BrowserLikeClient.answer(browser.signIn(account.getEmail(), PASSWORD))).isEqualTo("/dashboard");

		assertThat(BrowserLikeClient.answer(browser.get("/dashboard"))).isEqualTo("/account/email-confirmation");
		assertThat(BrowserLikeClient.answer(browser.get("/enterprise/profile")))
			.isEqualTo("/account/email-confirmation");
		assertThat(BrowserLikeClient.answer(browser.get("/kosgeb/application")))
			.isEqualTo("/account/email-confirmation");
		assertThat(browser.get("/account/email-confirmation").body()).contains("E-posta adresinizi doğrulayın")
			.contains(account.getEmail());
		// a form of the application is refused, not carried out
		assertThat(browser
			.post("/account/email-confirmation", "/enterprise/users", "fullName", "Biri", "email",
					"biri-" + UUID.randomUUID() + "@example.com")
			.statusCode()).isEqualTo(403);

		String link = MailLinks.latestPath(account.getEmail(), "/email-confirmations/");
		assertThat(BrowserLikeClient.answer(browser.get(link))).isEqualTo("/login?confirmed");
		// the sessions of the account ended with the confirmation: a new sign-in acts
		assertThat(BrowserLikeClient.answer(browser.get("/enterprise/profile"))).endsWith("/login");
		// back to the page he asked for, now allowed
		assertThat(BrowserLikeClient.answer(browser.signIn(account.getEmail(), PASSWORD)))
			.isEqualTo("/enterprise/profile?continue");
		assertThat(browser.get("/enterprise/profile").statusCode()).isEqualTo(200);

		assertThat(this.users.find(account.getId()).orElseThrow().isEmailConfirmed()).isTrue();
		assertThat(actions(account)).contains("USER_CREATED", "USER_EMAIL_CONFIRMED");
		// once only
		assertThat(new BrowserLikeClient(this.port, null).get(link).statusCode()).isEqualTo(404);
	}

	@Test
	void theTokenIsRandomAndStoredOnlyAsItsSha256() {
		UserAccount account = unconfirmedApplicant();
		String link = MailLinks.latestPath(account.getEmail(), "/email-confirmations/");
		String token = link.substring("/email-confirmations/".length());
		// 32 random bytes in Base64url
		assertThat(token).hasSize(43);
		List<String> stored = this.jdbc.queryForList(
				"select token_hash from account_token where user_id = ? and purpose = 'EMAIL_CONFIRMATION'",
				String.class, account.getId());
		assertThat(stored).containsExactly(AccountTokens.hash(token));
		assertThat(stored.get(0)).hasSize(64).doesNotContain(token);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.columns where table_name = 'user_account' and column_name like 'activation%'",
				Integer.class))
			.isZero();
	}

	@Test
	void aResentLinkReplacesTheOldOneAndAnExpiredLinkIsRefused() throws Exception {
		UserAccount account = unconfirmedApplicant();
		String first = MailLinks.latestPath(account.getEmail(), "/email-confirmations/");
		BrowserLikeClient browser = new BrowserLikeClient(this.port, null);
		browser.signIn(account.getEmail(), PASSWORD);
		assertThat(BrowserLikeClient.answer(browser.post("/account/email-confirmation", "/account/email-confirmation")))
			.isEqualTo("/account/email-confirmation");
		assertThat(MailLinks.awaitTexts(account.getEmail(), 2)).hasSize(2);
		String second = MailLinks.latestPath(account.getEmail(), "/email-confirmations/");
		assertThat(second).isNotEqualTo(first);
		assertThat(browser.get(first).statusCode()).isEqualTo(404);
		assertThat(browser.get(first).body()).contains("Bağlantı geçersiz");

		this.jdbc.update("update account_token set expires_at = now() - interval '1 minute' where token_hash = ?",
				AccountTokens.hash(second.substring("/email-confirmations/".length())));
		assertThat(browser.get(second).statusCode()).isEqualTo(404);
		assertThat(this.users.find(account.getId()).orElseThrow().isEmailConfirmed()).isFalse();
		assertThat(actions(account)).contains("USER_EMAIL_CONFIRMATION_RESENT");
	}

	@Test
	void accountsCreatedByServicesForDemoAndTestsAndStaffCountAsConfirmed() {
		EnterpriseService.SignedUp signedUp = this.enterprises.signUp(registration(), unique(), "Hizmet Yoluyla",
				PASSWORD);
		assertThat(signedUp.account().isEmailConfirmed()).isTrue();
	}

	private UserAccount unconfirmedApplicant() {
		KobiThresholdsFixture.ensure(this.jdbc);
		Enterprise enterprise = this.enterprises.register(registration());
		return this.users.createApplicantAwaitingConfirmation(enterprise.getId(), unique(), "Doğrulanacak Kişi",
				PASSWORD, Locale.forLanguageTag("tr"));
	}

	static Registration registration() {
		return new Registration(Enterprises.randomVkn(), "Bursa Doğrulama Tekstil Ltd. Şti.", LegalForm.LIMITED,
				LocalDate.of(2017, 5, 2), (short) 16, "13.20");
	}

	static String unique() {
		return "dogrula-" + UUID.randomUUID() + "@example.com.tr";
	}

	private List<String> actions(UserAccount account) {
		return this.jdbc.queryForList(
				"select action from audit_entry where entity_type = 'UserAccount' and entity_id = ? order by id",
				String.class, String.valueOf(account.getId()));
	}

}
