package tr.destek.identity;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security issue #9, finding B: a disabled expert kept 200 on every page of his open
 * session, and a staff member left with an unrelated role kept the control queue, until
 * the next sign-in. Sessions now live in PostgreSQL and a change of roles, unit or
 * enabled flag ends them on every node at once. A real browser session over HTTP.
 */
@IntegrationTest
class SessionEndsOnAccessChangeTests {

	static final String PASSWORD = "uzman-parolasi-2026";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@Autowired
	AccountAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDisabledExpertIsSentToTheLoginPageOnHisNextRequest() throws Exception {
		UserAccount expert = expert();
		BrowserLikeClient browser = signedIn(expert);

		this.administration.setEnabled(expert.getId(), false);

		assertThat(BrowserLikeClient.answer(browser.get("/kosgeb/control"))).isEqualTo("/login");
		assertThat(BrowserLikeClient.answer(browser.get("/dashboard"))).isEqualTo("/login");
		assertThat(BrowserLikeClient.answer(browser.signIn(expert.getEmail(), PASSWORD))).isEqualTo("/login?error");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'UserAccount' and entity_id = ? and action = 'USER_SESSIONS_ENDED'",
				Integer.class, String.valueOf(expert.getId())))
			.isEqualTo(1);
	}

	@Test
	void anExpertLeftWithAnUnrelatedRoleLosesTheControlQueueAtOnce() throws Exception {
		UserAccount expert = expert();
		BrowserLikeClient browser = signedIn(expert);

		this.administration.changeRoles(expert.getId(), EnumSet.of(Role.BOARD_SECRETARIAT), null);

		assertThat(BrowserLikeClient.answer(browser.get("/kosgeb/control"))).isEqualTo("/login");
		// signed in again (back to the page he asked for), with the new role only
		assertThat(BrowserLikeClient.answer(browser.signIn(expert.getEmail(), PASSWORD)))
			.isEqualTo("/kosgeb/control?continue");
		assertThat(browser.get("/kosgeb/control").statusCode()).isEqualTo(403);
		assertThat(browser.get("/board/secretariat/boards").statusCode()).isEqualTo(200);
	}

	@Test
	void otherUsersKeepTheirSessions() throws Exception {
		UserAccount expert = expert();
		UserAccount colleague = expert();
		BrowserLikeClient colleagueBrowser = signedIn(colleague);

		this.administration.setEnabled(expert.getId(), false);

		assertThat(colleagueBrowser.get("/kosgeb/control").statusCode()).isEqualTo(200);
	}

	private BrowserLikeClient signedIn(UserAccount account) throws Exception {
		BrowserLikeClient browser = new BrowserLikeClient(this.port, SignInThrottlingTests.randomAddress());
		assertThat(BrowserLikeClient.answer(browser.signIn(account.getEmail(), PASSWORD))).isEqualTo("/dashboard");
		assertThat(browser.get("/kosgeb/control").statusCode()).isEqualTo(200);
		return browser;
	}

	private UserAccount expert() {
		return this.users.createStaffWithPassword("uzman-" + UUID.randomUUID() + "@kosgeb.example", "Uzman Kişi",
				EnumSet.of(Role.RESPONSIBLE_STAFF), (short) 42, PASSWORD);
	}

}
