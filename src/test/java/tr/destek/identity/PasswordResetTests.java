package tr.destek.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tr.destek.support.IntegrationTest;
import tr.destek.support.MailLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 point 7: there was no password reset and no password change. "Şifremi unuttum"
 * answers the same whether or not the e-mail has an account (no oracle), mails a one-time
 * link valid 60 minutes (stored hashed), is throttled per typed e-mail and per client
 * address in PostgreSQL ({@code login_throttle}); a reset ends every session, a change
 * needs the current password and ends the user's other sessions. The 72-byte rule holds.
 */
@IntegrationTest
class PasswordResetTests {

	static final String PASSWORD = "eski-parola-2026";

	static final String NEW_PASSWORD = "yepyeni-parola-2026";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLoginPageOffersItAndTheAnswerIsTheSameForKnownAndUnknownAddresses() throws Exception {
		UserAccount known = staff();
		String unknown = "yok-" + UUID.randomUUID() + "@example.com";
		BrowserLikeClient browser = new BrowserLikeClient(this.port, "198.51.100.21");
		assertThat(browser.get("/login").body()).contains("href=\"/password/forgotten\"").contains("Şifremi unuttum");

		var forKnown = browser.post("/password/forgotten", "/password/forgotten", "email", known.getEmail());
		var forUnknown = browser.post("/password/forgotten", "/password/forgotten", "email", unknown);
		assertThat(BrowserLikeClient.answer(forKnown)).isEqualTo("/password/forgotten?sent");
		assertThat(BrowserLikeClient.answer(forUnknown)).isEqualTo(BrowserLikeClient.answer(forKnown));
		assertThat(forUnknown.body()).isEqualTo(forKnown.body());
		assertThat(browser.get("/password/forgotten?sent").body()).contains("Bu adresle bir hesap varsa");

		assertThat(MailLinks.latestPath(known.getEmail(), "/password/reset/")).startsWith("/password/reset/");
		assertThat(MailLinks.texts(unknown)).isEmpty();
	}

	@Test
	void theMailedLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
		UserAccount account = staff();
		BrowserLikeClient signedIn = new BrowserLikeClient(this.port, "198.51.100.22");
		assertThat(BrowserLikeClient.answer(signedIn.signIn(account.getEmail(), PASSWORD))).isEqualTo("/dashboard");
		assertThat(signedIn.get("/dashboard").statusCode()).isEqualTo(200);

		BrowserLikeClient other = new BrowserLikeClient(this.port, "198.51.100.22");
		other.post("/password/forgotten", "/password/forgotten", "email", account.getEmail());
		String link = MailLinks.latestPath(account.getEmail(), "/password/reset/");
		String token = link.substring("/password/reset/".length());
		assertThat(this.jdbc.queryForList("select token_hash from account_token where user_id = ?", String.class,
				account.getId()))
			.containsExactly(AccountTokens.hash(token));

		assertThat(other.get(link).body()).contains("id=\"password-reset-form\"");
		// 40 × "ş" = 80 bytes: a message next to the field, never 500
		var tooLong = other.post(link, link, "password", "ş".repeat(40), "passwordConfirmation", "ş".repeat(40));
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(tooLong.body()).contains("id=\"password-error\"").contains("en fazla 72 bayt");

		assertThat(BrowserLikeClient
			.answer(other.post(link, link, "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD)))
			.isEqualTo("/login?reset");
		// the session opened with the old password is over
		assertThat(BrowserLikeClient.answer(signedIn.get("/dashboard"))).endsWith("/login");
		assertThat(other.get(link).statusCode()).isEqualTo(404);

		BrowserLikeClient again = new BrowserLikeClient(this.port, "198.51.100.22");
		assertThat(BrowserLikeClient.answer(again.signIn(account.getEmail(), PASSWORD))).isEqualTo("/login?error");
		assertThat(BrowserLikeClient.answer(again.signIn(account.getEmail(), NEW_PASSWORD))).isEqualTo("/dashboard");
		assertThat(actions(account)).contains("PASSWORD_RESET_REQUESTED", "USER_PASSWORD_RESET", "USER_SESSIONS_ENDED");
	}

	@Test
	void requestsAreThrottledPerTypedEmailWhetherOrNotItHasAnAccount() throws Exception {
		String unknown = "yok-" + UUID.randomUUID() + "@example.com";
		BrowserLikeClient browser = new BrowserLikeClient(this.port, "198.51.100.23");
		for (int i = 0; i < 3; i++) {
			assertThat(BrowserLikeClient
				.answer(browser.post("/password/forgotten", "/password/forgotten", "email", unknown)))
				.isEqualTo("/password/forgotten?sent");
		}
		var refused = browser.post("/password/forgotten", "/password/forgotten", "email", unknown);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).contains("900");

		UserAccount known = staff();
		for (int i = 0; i < 3; i++) {
			browser.post("/password/forgotten", "/password/forgotten", "email", known.getEmail());
		}
		assertThat(browser.post("/password/forgotten", "/password/forgotten", "email", known.getEmail()).statusCode())
			.isEqualTo(429);
		assertThat(MailLinks.awaitTexts(known.getEmail(), 3)).hasSize(3);
	}

	@Test
	void aSignedInUserChangesHisPasswordWithTheCurrentOneAndHisOtherSessionsEnd() throws Exception {
		UserAccount account = staff();
		BrowserLikeClient here = new BrowserLikeClient(this.port, "198.51.100.24");
		BrowserLikeClient elsewhere = new BrowserLikeClient(this.port, "198.51.100.25");
		here.signIn(account.getEmail(), PASSWORD);
		elsewhere.signIn(account.getEmail(), PASSWORD);
		assertThat(elsewhere.get("/dashboard").statusCode()).isEqualTo(200);

		var wrong = here.post("/account/password", "/account/password", "currentPassword", "yanlis-parola-1",
				"password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD);
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"currentPassword-error\"")
			.contains("Mevcut parola hatalı")
			.doesNotContain(NEW_PASSWORD);
		var tooLong = here.post("/account/password", "/account/password", "currentPassword", PASSWORD, "password",
				"ş".repeat(40), "passwordConfirmation", "ş".repeat(40));
		assertThat(tooLong.body()).contains("id=\"password-error\"").contains("en fazla 72 bayt");

		assertThat(BrowserLikeClient.answer(here.post("/account/password", "/account/password", "currentPassword",
				PASSWORD, "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD)))
			.isEqualTo("/account/password");
		// the flash message of the redirect, in the layout's alert (fragments/forms ::
		// alert)
		assertThat(here.get("/account/password").body()).contains(
				"<div class=\"alert alert-success\" role=\"status\">Parolanız değiştirildi. Diğer cihazlardaki oturumlarınız kapatıldı.</div>");
		assertThat(here.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(BrowserLikeClient.answer(elsewhere.get("/dashboard"))).endsWith("/login");
		assertThat(MailLinks.awaitTexts(account.getEmail(), 1)).singleElement()
			.asString()
			.contains("parolanız değiştirildi");
		assertThat(actions(account)).contains("USER_PASSWORD_CHANGED", "USER_SESSIONS_ENDED");
	}

	@Test
	void anUnknownResetLinkSaysSo() throws Exception {
		BrowserLikeClient browser = new BrowserLikeClient(this.port, "198.51.100.26");
		assertThat(browser.get("/password/reset/bilinmeyen-bir-anahtar").statusCode()).isEqualTo(404);
		assertThat(browser.get("/password/reset/bilinmeyen-bir-anahtar").body()).contains("Bağlantı geçersiz");
	}

	private UserAccount staff() {
		return this.users.createStaffWithPassword("sifre-" + UUID.randomUUID() + "@kosgeb.example", "Şifre Unutan",
				EnumSet.of(Role.BOARD_SECRETARIAT), PASSWORD);
	}

	private List<String> actions(UserAccount account) {
		return this.jdbc.queryForList(
				"select action from audit_entry where entity_type = 'UserAccount' and entity_id = ? order by id",
				String.class, String.valueOf(account.getId()));
	}

}
