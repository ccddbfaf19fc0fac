package tr.destek.enterprise.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.support.IntegrationTest;
import tr.destek.support.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InvitationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserAccountService users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void thresholds() {
		KobiThresholdsFixture.ensure(this.jdbc);
	}

	@Test
	void anInvitedColleagueSetsAPasswordAndCanSignIn() throws Exception {
		EnterpriseService.SignedUp applicant = Applicants.signUp(this.enterprises, "Davet Eden Ltd. Şti.");
		String colleague = Applicants.uniqueEmail();
		MvcResult invited = this.mvc
			.perform(post("/enterprise/users").with(Applicants.as(this.userDetails, applicant.account().getEmail()))
				.with(csrf())
				.param("fullName", "Mehmet Kaya")
				.param("email", colleague))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/enterprise/users"))
			.andReturn();
		String link = (String) invited.getFlashMap().get("invitationLink");
		assertThat(link).contains("/invitations/");
		String path = link.substring(link.indexOf("/invitations/"));

		UserAccount pending = this.users.findByEmail(colleague).orElseThrow();
		assertThat(pending.getEnterpriseId()).isEqualTo(applicant.enterprise().getId());
		assertThat(pending.isAwaitingActivation()).isTrue();

		this.mvc
			.perform(get("/enterprise/users").with(Applicants.as(this.userDetails, applicant.account().getEmail()))
				.cookie(SessionCookie.of(invited)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mehmet Kaya")))
			.andExpect(content().string(containsString(path)))
			.andExpect(content().string(containsString("otomatik gönderilmiyor")));

		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"invitation-password-form\"")));
		this.mvc.perform(post(path).with(csrf()).param("password", "kisa").param("passwordConfirmation", "kisa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")));
		this.mvc
			.perform(post(path).with(csrf())
				.param("password", "yeni-parola-2026")
				.param("passwordConfirmation", "yeni-parola-2026"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?activated"));

		this.mvc.perform(formLogin("/login").userParameter("email").user(colleague).password("yeni-parola-2026"))
			.andExpect(authenticated().withUsername(colleague));
		this.mvc.perform(get(path))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Davet bağlantısı geçersiz")));
	}

	@Test
	void anUnknownLinkSaysSoAndSetsNothing() throws Exception {
		this.mvc.perform(get("/invitations/bilinmeyen-bir-anahtar"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Davet bağlantısı geçersiz")));
		this.mvc
			.perform(post("/invitations/bilinmeyen-bir-anahtar").with(csrf())
				.param("password", "yeni-parola-2026")
				.param("passwordConfirmation", "yeni-parola-2026"))
			.andExpect(status().isNotFound());
		this.mvc.perform(formLogin("/login").userParameter("email").user("nobody@example.com").password("x"))
			.andExpect(unauthenticated());
	}

	@Test
	void aColleagueWhoseEmailIsTakenIsNotInvited() throws Exception {
		EnterpriseService.SignedUp applicant = Applicants.signUp(this.enterprises, "Davet Eden İki Ltd. Şti.");
		this.mvc
			.perform(post("/enterprise/users").with(Applicants.as(this.userDetails, applicant.account().getEmail()))
				.with(csrf())
				.param("fullName", "Aynı Kişi")
				.param("email", applicant.account().getEmail()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")));
	}

}
