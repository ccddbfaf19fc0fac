package tr.destek.identity;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.support.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every protected URL refuses anonymous users (sent to the login page) and users without
 * the role (403); URLs nobody declared are denied to everyone.
 */
@IntegrationTest
class AccessControlTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService users;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	static Stream<Arguments> protectedPages() {
		return Stream.of(Arguments.of("/dashboard", null), Arguments.of("/admin/users", "APPLICANT"),
				Arguments.of("/admin/users/new", "RESPONSIBLE_STAFF"), Arguments.of("/admin/parameters", "APPLICANT"),
				Arguments.of("/admin/parameters", "UNIT_MANAGER"), Arguments.of("/admin/holidays", "BOARD_MEMBER"),
				Arguments.of("/admin/audit", "APPLICANT"), Arguments.of("/admin/audit", "BANK_OFFICER"),
				Arguments.of("/enterprise/profile", "RESPONSIBLE_STAFF"),
				Arguments.of("/enterprise/profile/edit", "ADMIN"), Arguments.of("/enterprise/users", "ADMIN"),
				Arguments.of("/enterprises/1", "HIB_OFFICER"), Arguments.of("/enterprises/1", "REFEREE"));
	}

	@ParameterizedTest
	@MethodSource("protectedPages")
	void anonymousUsersAreSentToTheLoginPage(String url, String wrongRole) throws Exception {
		this.mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@MethodSource("protectedPages")
	void usersWithoutTheRoleAreRefused(String url, String wrongRole) throws Exception {
		if (wrongRole != null) {
			this.mvc.perform(get(url).with(user("someone@example.com").roles(wrongRole)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void adminPostsNeedTheAdminRoleAndACsrfToken() throws Exception {
		this.mvc.perform(post("/admin/users/new").with(user("x@example.com").roles("UNIT_MANAGER")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/new").with(user("admin@example.com").roles("ADMIN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void urlsNobodyDeclaredAreDeniedToEveryone() throws Exception {
		// no page answers there: anonymous users are sent to sign in, the API refuses
		this.mvc.perform(get("/internal/anything")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/unknown")).andExpect(status().isForbidden());
	}

	/**
	 * Issue 10, point 10: a signed-in user who mistypes a URL is told the page does not
	 * exist (404 page), not that he may not see it (403); a page that exists but belongs
	 * to another role stays 403.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "APPLICANT", "RESPONSIBLE_STAFF", "BOARD_MEMBER", "BANK_OFFICER", "ADMIN" })
	void signedInUsersOnAnUnknownUrlGetNotFound(String role) throws Exception {
		for (String url : new String[] { "/internal/anything", "/dashbord", "/admin/no-such-page",
				"/kosgeb/control/no/such/page", "/board/secretariat/nothing-here" }) {
			this.mvc.perform(get(url).with(user("someone@example.com").roles(role))).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/no-such-form").with(user("someone@example.com").roles(role)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	/** Over real HTTP, so the container's error page is rendered: the 404 page. */
	@Test
	void aSignedInUserSeesTheNotFoundPageOnAMistypedUrl() throws Exception {
		String email = "yanlis-adres-" + java.util.UUID.randomUUID() + "@kosgeb.test";
		// a nationwide role: a unit's staff member here would take files of a unit other
		// tests count (round-robin assignment, MADDE 9(1))
		this.users.createStaffWithPassword(email, "Yanlış Adres", java.util.EnumSet.of(Role.HISER_EXPERT),
				"Yanlis-Adres-2026!");
		BrowserLikeClient browser = new BrowserLikeClient(this.port, "10.56.0.10");
		org.assertj.core.api.Assertions
			.assertThat(BrowserLikeClient.answer(browser.signIn(email, "Yanlis-Adres-2026!")))
			.isEqualTo("/dashboard");
		java.net.http.HttpResponse<String> page = browser.get("/kosgeb/contrl", "Accept", "text/html");
		org.assertj.core.api.Assertions.assertThat(page.statusCode()).isEqualTo(404);
		org.assertj.core.api.Assertions.assertThat(page.body()).contains("Sayfa bulunamadı");
	}

	@Test
	void aPageOfAnotherRoleStaysForbiddenEvenForAMethodItDoesNotAnswer() throws Exception {
		this.mvc.perform(get("/admin/users").with(user("someone@example.com").roles("APPLICANT")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users").with(user("someone@example.com").roles("APPLICANT")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void publicPagesAreOpenAndCarrySecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/")).andExpect(status().isOk());
	}

}
