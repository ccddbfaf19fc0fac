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
import tr.destek.support.MailLinks;
import tr.destek.support.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
		// issue #9 point 7: the link goes to the invitee's mailbox only, never to the
		// inviter (before: a flash attribute "invitationLink" shown on the page)
		assertThat(invited.getFlashMap().containsKey("invitationLink")).isFalse();
		assertThat(invited.getFlashMap().toString()).doesNotContain("/invitations/");
		String path = MailLinks.latestPath(colleague, "/invitations/");

		UserAccount pending = this.users.findByEmail(colleague).orElseThrow();
		assertThat(pending.getEnterpriseId()).isEqualTo(applicant.enterprise().getId());
		assertThat(pending.isAwaitingActivation()).isTrue();

		this.mvc
			.perform(get("/enterprise/users").with(Applicants.as(this.userDetails, applicant.account().getEmail()))
				.cookie(SessionCookie.of(invited)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mehmet Kaya")))
			.andExpect(content().string(not(containsString(path))))
			.andExpect(content().string(not(containsString("/invitations/"))))
			.andExpect(content().string(containsString("e-postayla gönderildi")));
		assertThat(MailLinks.texts(colleague)).singleElement().asString().contains("Mehmet Kaya");

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
	void aColleagueWhoseEmailIsTakenIsNotInvitedAndTheInviterIsAnsweredTheSame() throws Exception {
		// issue #9 point 9: the invitation form must not reveal which e-mails exist
		EnterpriseService.SignedUp applicant = Applicants.signUp(this.enterprises, "Davet Eden İki Ltd. Şti.");
		EnterpriseService.SignedUp other = Applicants.signUp(this.enterprises, "Başka İşletme Ltd. Şti.");
		String taken = other.account().getEmail();
		this.mvc
			.perform(post("/enterprise/users").with(Applicants.as(this.userDetails, applicant.account().getEmail()))
				.with(csrf())
				.param("fullName", "Aynı Kişi")
				.param("email", taken))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/enterprise/users"));
		assertThat(this.users.findByEmail(taken).orElseThrow().getEnterpriseId()).isEqualTo(other.enterprise().getId());
		assertThat(this.users.colleagues(applicant.enterprise().getId())).hasSize(1);
		Thread.sleep(300);
		assertThat(MailLinks.texts(taken)).isEmpty();
	}

}
