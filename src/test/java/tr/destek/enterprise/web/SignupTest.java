package tr.destek.enterprise.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tr.destek.audit.AuditEntry;
import tr.destek.audit.AuditTrail;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.Identifiers;
import tr.destek.support.IntegrationTest;
import tr.destek.support.MailLinks;
import tr.destek.support.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignupTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserAccountService users;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void thresholds() {
		KobiThresholdsFixture.ensure(this.jdbc);
	}

	static MockHttpServletRequestBuilder signup(String taxNumber, String email, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("taxNumber", taxNumber);
		fields.put("title", "Yılmaz Makina Sanayi ve Ticaret Ltd. Şti.");
		fields.put("legalForm", "LIMITED");
		fields.put("registrationDate", "2019-06-12");
		fields.put("provinceCode", "16");
		fields.put("naceCode", "28.41.01");
		fields.put("fullName", "Ayşe Yılmaz");
		fields.put("email", email);
		fields.put("password", "cok-gizli-parola");
		fields.put("passwordConfirmation", "cok-gizli-parola");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/signup").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theFormIsPublic() throws Exception {
		this.mvc.perform(get("/signup"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"signup-form\"")))
			.andExpect(content().string(containsString("Düzce")));
	}

	@Test
	void signingUpCreatesTheEnterpriseAndItsUserWhoConfirmsTheMailedLinkThenSignsInAndAudits() throws Exception {
		String vkn = Enterprises.randomVkn();
		String email = Applicants.uniqueEmail();
		this.mvc.perform(signup(vkn, email))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/signup/sent"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/signup/sent"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E-postanızı kontrol edin")));

		Enterprise enterprise = this.enterprises.findByTaxNumber(vkn).orElseThrow();
		assertThat(enterprise.getTitle()).isEqualTo("Yılmaz Makina Sanayi ve Ticaret Ltd. Şti.");
		assertThat(enterprise.getNaceCode()).isEqualTo("28.41.01");
		UserAccount account = this.users.findByEmail(email).orElseThrow();
		assertThat(account.getEnterpriseId()).isEqualTo(enterprise.getId());
		assertThat(account.isEmailConfirmed()).isFalse();
		List<AuditEntry> history = this.audit.history("Enterprise", enterprise.getId());
		assertThat(history).extracting(AuditEntry::getAction).containsExactly("ENTERPRISE_REGISTERED");
		// KVKK (issue #9 B): the append-only audit holds the tax number masked only
		assertThat(history.get(0).getAfterState()).contains(Identifiers.mask(vkn)).doesNotContain(vkn);

		// the confirmation link comes by e-mail; following it confirms the address
		String link = MailLinks.latestPath(email, "/email-confirmations/");
		this.mvc.perform(get(link)).andExpect(redirectedUrl("/login?confirmed"));
		assertThat(this.audit.history("UserAccount", account.getId())).extracting(AuditEntry::getAction)
			.contains("USER_CREATED", "USER_EMAIL_CONFIRMED");

		// sessions live in PostgreSQL (Spring Session): the browser keeps the session by
		// its cookie
		MvcResult signedIn = this.mvc
			.perform(formLogin("/login").userParameter("email").user(email).password("cok-gizli-parola"))
			.andExpect(authenticated().withUsername(email))
			.andReturn();
		this.mvc.perform(get("/enterprise/profile").cookie(SessionCookie.of(signedIn)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yılmaz Makina Sanayi ve Ticaret Ltd. Şti.")))
			.andExpect(content().string(containsString("Büyüklük sınıfı belirlenemedi")));
	}

	@Test
	void aTaxNumberAlreadyRegisteredIsNotTakenButClaimedAndTheAnswerIsTheSame() throws Exception {
		String vkn = Enterprises.randomVkn();
		this.mvc.perform(signup(vkn, Applicants.uniqueEmail())).andExpect(redirectedUrl("/signup/sent"));
		Long holder = this.enterprises.findByTaxNumber(vkn).orElseThrow().getId();
		String secondEmail = Applicants.uniqueEmail();
		this.mvc.perform(signup(vkn, secondEmail)).andExpect(redirectedUrl("/signup/sent"));
		assertThat(this.users.emailTaken(secondEmail)).isFalse();
		assertThat(this.enterprises.findByTaxNumber(vkn).orElseThrow().getId()).isEqualTo(holder);
		assertThat(MailLinks.awaitTexts(secondEmail, 1)).singleElement()
			.asString()
			.contains("yönetim tarafından doğrulanması gerekiyor")
			.doesNotContain(vkn);
	}

	@Test
	void twoSimultaneousSignUpsWithOneNewTaxNumberNeverAnswer500() throws Exception {
		for (int round = 0; round < 5; round++) {
			String vkn = Enterprises.randomVkn();
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
				for (int i = 0; i < 2; i++) {
					String email = Applicants.uniqueEmail();
					answers.add(pool.submit(() -> {
						start.await();
						return this.mvc.perform(signup(vkn, email)).andReturn().getResponse().getStatus();
					}));
				}
				for (java.util.concurrent.Future<Integer> answer : answers) {
					assertThat(answer.get()).isIn(200, 302);
				}
			}
			finally {
				pool.shutdown();
			}
			assertThat(this.enterprises.findByTaxNumber(vkn)).isPresent();
		}
	}

	@Test
	void anInvalidVknIsRefusedWithItsReason() throws Exception {
		this.mvc.perform(signup("1234567891", Applicants.uniqueEmail()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"taxNumber-error\"")))
			.andExpect(content().string(containsString("Gelir İdaresi kontrol hanesiyle uyuşmuyor")));
		assertThat(this.enterprises.findByTaxNumber("1234567891")).isEmpty();
	}

	@Test
	void anUnknownNaceFutureDateAndDifferentPasswordsAreShownNextToTheirFields() throws Exception {
		this.mvc
			.perform(signup(Enterprises.randomVkn(), Applicants.uniqueEmail(), "naceCode", "04.10", "registrationDate",
					"2999-01-01", "passwordConfirmation", "baska-bir-parola"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"naceCode-error\"")))
			.andExpect(content().string(containsString("id=\"registrationDate-error\"")))
			.andExpect(content().string(containsString("id=\"passwordConfirmation-error\"")));
	}

	@Test
	void aCompanyCannotSignUpWithATckn() throws Exception {
		this.mvc.perform(signup(Enterprises.randomTckn(), Applicants.uniqueEmail()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("yalnızca şahıs işletmeleri kaydolabilir")));
		String tckn = Enterprises.randomTckn();
		this.mvc.perform(signup(tckn, Applicants.uniqueEmail(), "legalForm", "SOLE_PROPRIETOR"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.enterprises.findByTaxNumber(tckn)).isPresent();
	}

}
