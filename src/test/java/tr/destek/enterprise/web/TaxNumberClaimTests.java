package tr.destek.enterprise.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.enterprise.TaxNumberClaim;
import tr.destek.enterprise.TaxNumberClaims;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.support.IntegrationTest;
import tr.destek.support.MailLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
 * Issue #9 points 7 and 9: sign-up told whether an e-mail or a tax number was registered,
 * and anyone could register any real VKN and squat it. Now every sign-up answers the same
 * page; the owner of a registered e-mail is told by e-mail; a tax number already held
 * becomes a claim the claimant is told about neutrally by e-mail, and only an admin
 * releases it (or rejects the claim), with a reason, audited.
 */
@IntegrationTest
class TaxNumberClaimTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserAccountService users;

	@Autowired
	TaxNumberClaims claims;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void thresholds() {
		KobiThresholdsFixture.ensure(this.jdbc);
	}

	@Test
	void aSignUpWithARegisteredEmailAnswersLikeAnyOtherAndTellsTheOwnerByEmail() throws Exception {
		EnterpriseService.SignedUp existing = signUp("Var Olan Bursa Ltd.");
		String email = existing.account().getEmail();
		String vkn = Enterprises.randomVkn();
		this.mvc.perform(SignupTest.signup(vkn, email)).andExpect(redirectedUrl("/signup/sent"));
		assertThat(this.enterprises.findByTaxNumber(vkn)).isEmpty();
		assertThat(MailLinks.awaitTexts(email, 1)).singleElement()
			.asString()
			.contains("yeniden kaydolmaya çalıştı")
			.contains("/password/forgotten");
		// the owner is told once per window, however often the form is sent
		this.mvc.perform(SignupTest.signup(Enterprises.randomVkn(), email)).andExpect(redirectedUrl("/signup/sent"));
		Thread.sleep(300);
		assertThat(MailLinks.texts(email)).hasSize(1);
	}

	@Test
	void anAdminReleasesADisputedTaxNumberToTheClaimantWithAReason() throws Exception {
		String vkn = Enterprises.randomVkn();
		String squatterEmail = Applicants.uniqueEmail();
		EnterpriseService.SignedUp squatter = this.enterprises
			.signUp(new tr.destek.enterprise.Registration(vkn, "İşgalci Ticaret Ltd. Şti.",
					tr.destek.enterprise.LegalForm.LIMITED, java.time.LocalDate.of(2020, 1, 2), (short) 21, "46.90"),
					squatterEmail, "İşgal Eden", Applicants.PASSWORD);
		String claimantEmail = Applicants.uniqueEmail();
		this.mvc
			.perform(SignupTest.signup(vkn, claimantEmail, "title", "Gerçek Sahibi Makina A.Ş.", "legalForm",
					"JOINT_STOCK"))
			.andExpect(redirectedUrl("/signup/sent"));
		assertThat(MailLinks.awaitTexts(claimantEmail, 1)).singleElement()
			.asString()
			.contains("yönetim tarafından doğrulanması gerekiyor");
		TaxNumberClaim claim = pendingClaimOf(claimantEmail);
		assertThat(claim.getHolderEnterpriseId()).isEqualTo(squatter.enterprise().getId());

		this.mvc.perform(get("/admin/tax-number-claims").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(claimantEmail)))
			.andExpect(content().string(containsString("İşgalci Ticaret Ltd. Şti.")));
		// a decision needs a reason, shown next to the field
		this.mvc
			.perform(post("/admin/tax-number-claims/" + claim.getId()).with(admin())
				.with(csrf())
				.param("decision", "release")
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-" + claim.getId() + "-error\"")))
			.andExpect(content().string(containsString("Kararın gerekçesini yazın")));
		assertThat(this.enterprises.findByTaxNumber(vkn).orElseThrow().getId())
			.isEqualTo(squatter.enterprise().getId());

		this.mvc
			.perform(post("/admin/tax-number-claims/" + claim.getId()).with(admin())
				.with(csrf())
				.param("decision", "release")
				.param("reason", "Vergi levhası ve imza sirküleri başvurana ait."))
			.andExpect(redirectedUrl("/admin/tax-number-claims"));

		Enterprise claimantEnterprise = this.enterprises.findByTaxNumber(vkn).orElseThrow();
		assertThat(claimantEnterprise.getId()).isNotEqualTo(squatter.enterprise().getId());
		assertThat(claimantEnterprise.getTitle()).isEqualTo("Gerçek Sahibi Makina A.Ş.");
		assertThat(this.enterprises.find(squatter.enterprise().getId()).orElseThrow().isTaxNumberReleased()).isTrue();
		assertThat(this.users.findByEmail(squatterEmail).orElseThrow().isEnabled()).isFalse();
		assertThat(this.claims.find(claim.getId()).orElseThrow().getStatus()).isEqualTo(TaxNumberClaim.Status.RELEASED);

		// the claimant sets a password through the link mailed to him only, then acts
		String activation = MailLinks.latestPath(claimantEmail, "/invitations/");
		this.mvc
			.perform(post(activation).with(csrf())
				.param("password", "sahibin-parolasi-1")
				.param("passwordConfirmation", "sahibin-parolasi-1"))
			.andExpect(redirectedUrl("/login?activated"));
		UserAccount claimant = this.users.findByEmail(claimantEmail).orElseThrow();
		assertThat(claimant.getEnterpriseId()).isEqualTo(claimantEnterprise.getId());
		assertThat(claimant.isEmailConfirmed()).isTrue();
		this.mvc.perform(formLogin("/login").userParameter("email").user(claimantEmail).password("sahibin-parolasi-1"))
			.andExpect(authenticated().withUsername(claimantEmail));

		assertThat(actions("TaxNumberClaim", claim.getId())).containsExactly("TAX_NUMBER_CLAIMED",
				"TAX_NUMBER_CLAIM_RELEASED");
		assertThat(actions("Enterprise", squatter.enterprise().getId())).contains("ENTERPRISE_TAX_NUMBER_RELEASED");
		assertThat(this.jdbc.queryForObject(
				"select after_state from audit_entry where entity_type = 'TaxNumberClaim' and entity_id = ? and action = 'TAX_NUMBER_CLAIM_RELEASED'",
				String.class, String.valueOf(claim.getId())))
			.contains("Vergi levhası ve imza sirküleri başvurana ait.")
			.doesNotContain(vkn);
		// decided once
		this.mvc
			.perform(post("/admin/tax-number-claims/" + claim.getId()).with(admin())
				.with(csrf())
				.param("decision", "reject")
				.param("reason", "ikinci karar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("zaten karara bağlanmış")));
	}

	@Test
	void anAdminRejectsAClaimAndTheHolderKeepsTheNumber() throws Exception {
		EnterpriseService.SignedUp holder = signUp("Asıl Sahip Ltd. Şti.");
		String vkn = holder.enterprise().getTaxNumber();
		String claimantEmail = Applicants.uniqueEmail();
		this.mvc.perform(SignupTest.signup(vkn, claimantEmail)).andExpect(redirectedUrl("/signup/sent"));
		TaxNumberClaim claim = pendingClaimOf(claimantEmail);

		this.mvc
			.perform(post("/admin/tax-number-claims/" + claim.getId()).with(admin())
				.with(csrf())
				.param("decision", "reject")
				.param("reason", "Başvuran belge sunmadı."))
			.andExpect(redirectedUrl("/admin/tax-number-claims"));
		assertThat(this.enterprises.findByTaxNumber(vkn).orElseThrow().getId()).isEqualTo(holder.enterprise().getId());
		assertThat(this.users.findByEmail(holder.account().getEmail()).orElseThrow().isEnabled()).isTrue();
		assertThat(this.users.emailTaken(claimantEmail)).isFalse();
		assertThat(MailLinks.awaitTexts(claimantEmail, 2)).last().asString().contains("doğrulanamadı");
		assertThat(actions("TaxNumberClaim", claim.getId())).containsExactly("TAX_NUMBER_CLAIMED",
				"TAX_NUMBER_CLAIM_REJECTED");
	}

	@Test
	void onlyAnAdminSeesOrDecidesClaims() throws Exception {
		EnterpriseService.SignedUp applicant = signUp("Meraklı Ltd. Şti.");
		this.mvc.perform(get("/admin/tax-number-claims").with(user(applicant.account().getEmail()).roles("APPLICANT")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/tax-number-claims/1").with(user("uzman@example.com").roles("RESPONSIBLE_STAFF"))
				.with(csrf())
				.param("decision", "release")
				.param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/tax-number-claims/999999999").with(admin())
				.with(csrf())
				.param("decision", "release")
				.param("reason", "x"))
			.andExpect(status().isNotFound());
	}

	/**
	 * An enterprise and its confirmed first user in Bursa (16), this class's province.
	 */
	private EnterpriseService.SignedUp signUp(String title) {
		return this.enterprises.signUp(new tr.destek.enterprise.Registration(Enterprises.randomVkn(), title,
				tr.destek.enterprise.LegalForm.LIMITED, java.time.LocalDate.of(2018, 3, 1), (short) 16, "25.62"),
				Applicants.uniqueEmail(), "Ayşe Yılmaz", Applicants.PASSWORD);
	}

	private TaxNumberClaim pendingClaimOf(String email) {
		return this.claims.pending().stream().filter(c -> c.getEmail().equals(email)).findFirst().orElseThrow();
	}

	private List<String> actions(String entity, Long id) {
		return this.jdbc.queryForList(
				"select action from audit_entry where entity_type = ? and entity_id = ? order by id", String.class,
				entity, String.valueOf(id));
	}

	private static RequestPostProcessor admin() {
		return user("admin@example.com").roles("ADMIN");
	}

}
