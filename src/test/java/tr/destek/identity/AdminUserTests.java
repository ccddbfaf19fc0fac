package tr.destek.identity;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.support.IntegrationTest;
import tr.destek.support.MailLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin creates staff users, gives roles, and sees every change in the audit trail.
 */
@IntegrationTest
class AdminUserTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService users;

	@Autowired
	AccountCredentials credentials;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminCreatesAStaffUserWhoActivatesTheAccountAndSignsIn() throws Exception {
		String email = "uzman-" + UUID.randomUUID() + "@kosgeb.example";
		MvcResult created = this.mvc
			.perform(post("/admin/users/new").with(admin())
				.with(csrf())
				.param("fullName", "Şule Işık")
				.param("email", email)
				.param("roles", "RESPONSIBLE_STAFF", "UNIT_MANAGER")
				.param("provinceCode", "42"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			// issue #9 point 7: the activation link goes to the new user's mailbox only
			.andExpect(content().string(not(containsString("/invitations/"))))
			.andReturn();
		String path = MailLinks.latestPath(email, "/invitations/");
		String token = path.substring("/invitations/".length());
		UserAccount account = this.users.findByEmail(email).orElseThrow();
		assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.RESPONSIBLE_STAFF, Role.UNIT_MANAGER);
		assertThat(account.getProvinceCode()).isEqualTo((short) 42);
		assertThat(account.isAwaitingActivation()).isTrue();

		this.credentials.activate(token, "yeni-parola-2026");
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password("yeni-parola-2026"))
			.andExpect(authenticated());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'UserAccount' and entity_id = ?", Integer.class,
				String.valueOf(account.getId())))
			.isEqualTo(2);
	}

	@Test
	void aStaffUserNeedsARoleAndAFreeEmailAndTheFormKeepsWhatWasTyped() throws Exception {
		String page = this.mvc
			.perform(post("/admin/users/new").with(admin())
				.with(csrf())
				.param("fullName", "Ömer Ünal")
				.param("email", "omer@example.com"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("En az bir rol seçin.")
			.contains("value=\"Ömer Ünal\"")
			.contains("value=\"omer@example.com\"");
		String email = "taken-" + UUID.randomUUID() + "@example.com";
		this.users.createStaffWithPassword(email, "Var Olan", EnumSet.of(Role.REFEREE), "parola-parola-1");
		this.mvc
			.perform(post("/admin/users/new").with(admin())
				.with(csrf())
				.param("fullName", "Başka Biri")
				.param("email", email)
				.param("roles", "REFEREE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu e-posta adresiyle kayıtlı bir kullanıcı zaten var.")));
	}

	@Test
	void responsibleStaffAndUnitManagersNeedAProvinceUnit() throws Exception {
		String email = "il-" + UUID.randomUUID() + "@example.com";
		String page = this.mvc
			.perform(post("/admin/users/new").with(admin())
				.with(csrf())
				.param("fullName", "İl Birimsiz")
				.param("email", email)
				.param("roles", "RESPONSIBLE_STAFF"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page))
			.contains("Sorumlu personel ve uygulama birimi müdürü için il birimi seçin.");
		assertThat(this.users.findByEmail(email)).isEmpty();
	}

	@Test
	void adminChangesRolesAndTheAuditTrailShowsBeforeAndAfter() throws Exception {
		String email = "roles-" + UUID.randomUUID() + "@example.com";
		UserAccount account = this.users.createStaffWithPassword(email, "Rol Değişecek", EnumSet.of(Role.BOARD_MEMBER),
				"parola-parola-2");
		this.mvc
			.perform(post("/admin/users/{id}", account.getId()).with(admin())
				.with(csrf())
				.param("roles", "BOARD_SECRETARIAT"))
			.andExpect(redirectedUrl("/admin/users/" + account.getId()));
		assertThat(this.users.find(account.getId()).orElseThrow().getRoles()).containsExactly(Role.BOARD_SECRETARIAT);
		this.mvc.perform(get("/admin/audit").param("entityType", "UserAccount").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("USER_ROLES_CHANGED")))
			.andExpect(content().string(containsString("roles=[BOARD_MEMBER]")))
			.andExpect(content().string(containsString("roles=[BOARD_SECRETARIAT]")));
		this.mvc.perform(get("/admin/users").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rol Değişecek")));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin@example.com").roles("ADMIN");
	}

}
