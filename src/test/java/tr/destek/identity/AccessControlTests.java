package tr.destek.identity;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
		this.mvc.perform(get("/internal/anything").with(user("admin@example.com").roles("ADMIN")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/unknown")).andExpect(status().isForbidden());
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
