package tr.destek.programme.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditEntry;
import tr.destek.audit.AuditTrail;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin screens for programme parameters, with the real security. Each test rolls
 * back (MockMvc runs in the test's thread and transaction).
 */
@IntegrationTest
@Transactional
class ParameterAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ProgrammeParameters parameters;

	@Autowired
	AuditTrail audit;

	@Test
	void adminSeesTheParametersOfEveryProgrammeWithTodaysValues() throws Exception {
		this.mvc.perform(get("/admin/parameters").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KOBİ ölçek sınırları")))
			.andExpect(content().string(containsString("KOSGEB KOBİ Dijital Dönüşüm Destek Programı")))
			.andExpect(content().string(containsString("Ticaret Bakanlığı HİSER (Bilişim)")))
			.andExpect(content().string(containsString("TÜBİTAK SAYEM 1833 Yeşil Dönüşüm")))
			.andExpect(content().string(containsString("medium.money-limit")))
			.andExpect(content().string(containsString("1.000.000.000,00 TL")))
			.andExpect(content().string(containsString("24 ay")))
			.andExpect(content().string(containsString("UE-34.00/03 MADDE 6(1)")));
	}

	@Test
	void adminSeesTheValuesInForceOnAnotherDate() throws Exception {
		this.mvc.perform(get("/admin/parameters").param("asOf", "2024-09-23").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("23.09.2024")))
			.andExpect(content().string(containsString("12 ay")))
			.andExpect(content().string(containsString("500.000.000,00 TL")));
	}

	@Test
	void aBadAsOfDateIsExplainedAndTodayIsShown() throws Exception {
		this.mvc.perform(get("/admin/parameters").param("asOf", "yesterday").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geçerli bir tarih seçin")))
			.andExpect(content().string(containsString("value=\"yesterday\"")));
	}

	@Test
	void englishUsersReadEnglishDescriptions() throws Exception {
		this.mvc.perform(get("/admin/parameters").param("lang", "en").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SME size thresholds (KOBİ Regulation)")))
			.andExpect(content().string(containsString("Programme duration (starts when the first board decision")))
			.andExpect(content().string(containsString("24 months")))
			.andExpect(content().string(containsString("1,000,000,000.00 TL")));
	}

	@Test
	void historyShowsEveryVersionAndWhichIsInForceToday() throws Exception {
		this.mvc.perform(get("/admin/parameters/KOSGEB_DT/programme.duration-months").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state=\"IN_FORCE\"")))
			.andExpect(content().string(containsString("data-state=\"SUPERSEDED\"")))
			.andExpect(content().string(containsString("24.09.2024")))
			.andExpect(content().string(containsString("03.05.2024")))
			.andExpect(content().string(containsString("471721")));
	}

	@Test
	void anUnknownParameterIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/parameters/KOSGEB_DT/no.such-key").with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/parameters/KOSGEB_DT/no.such-key/new").with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFormIsPrefilledWithTheParameterAndTheEarliestAllowedDate() throws Exception {
		this.mvc.perform(get("/admin/parameters/KOSGEB_DT/support-points/new").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("support-points")))
			.andExpect(content().string(containsString("min=\"2024-09-25\"")))
			.andExpect(content().string(containsString("%20")));
	}

	@Test
	void adminAddsAVersionAndTheChangeIsAudited() throws Exception {
		this.mvc
			.perform(post("/admin/parameters/KOSGEB_DT/support-points/new").with(admin())
				.with(csrf())
				.param("value", "22,5")
				.param("validFrom", "2031-01-01")
				.param("sourceArticle", "UE-34.00/03 MADDE 6(3)")
				.param("note", "Başkanlık Oluru"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/parameters/KOSGEB_DT/support-points"))
			.andExpect(flash().attribute("flashSuccess", containsString("01.01.2031")));

		assertThat(
				this.parameters.decimal(ParameterScope.KOSGEB_DT, "support-points", java.time.LocalDate.of(2031, 1, 1)))
			.isEqualByComparingTo("22.5");
		Long id = this.parameters
			.history(ParameterScope.KOSGEB_DT, "support-points", java.time.LocalDate.of(2031, 1, 1))
			.orElseThrow()
			.inForce()
			.getId();
		List<AuditEntry> entries = this.audit.history("ParameterVersion", id);
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo("PARAMETER_VERSION_ADDED");
			assertThat(entry.getBeforeState()).contains("= 20 PERCENT");
			assertThat(entry.getAfterState()).contains("= 22.5 PERCENT");
		});
	}

	@Test
	void aBadValueIsShownNextToTheFieldAndNothingTypedIsLost() throws Exception {
		this.mvc
			.perform(post("/admin/parameters/KOSGEB_DT/loan.max-amount/new").with(admin())
				.with(csrf())
				.param("value", "yirmi milyon")
				.param("validFrom", "2031-01-01")
				.param("sourceArticle", "UE-34.00/03 MADDE 6(2)")
				.param("note", "deneme notu"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "value", "programme.error.value.tl"))
			.andExpect(content().string(containsString("id=\"value-error\"")))
			.andExpect(content().string(containsString("en fazla 2 ondalıklı bir TL tutarı")))
			.andExpect(content().string(containsString("value=\"yirmi milyon\"")))
			.andExpect(content().string(containsString("value=\"2031-01-01\"")))
			.andExpect(content().string(containsString("value=\"UE-34.00/03 MADDE 6(2)\"")))
			.andExpect(content().string(containsString("deneme notu")));
	}

	@Test
	void aDateThatWouldRewriteThePastIsRefusedNextToTheDate() throws Exception {
		this.mvc
			.perform(post("/admin/parameters/KOBI/medium.money-limit/new").with(admin())
				.with(csrf())
				.param("value", "750.000.000")
				.param("validFrom", "2025-08-07")
				.param("sourceArticle", "KOBİ Yönetmeliği MADDE 5(1)(c)"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "validFrom",
					"programme.error.valid-from.not-after-newest"))
			.andExpect(content().string(containsString("07.08.2025 tarihinden sonra olmalıdır")))
			.andExpect(content().string(containsString("value=\"750.000.000\"")));
	}

	@Test
	void missingInputsAreAllReported() throws Exception {
		this.mvc
			.perform(post("/admin/parameters/KOSGEB_DT/appeal.window-days/new").with(admin())
				.with(csrf())
				.param("value", "")
				.param("validFrom", "")
				.param("sourceArticle", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "value", "validFrom", "sourceArticle"))
			.andExpect(content().string(containsString("Dayanak madde zorunludur")))
			.andExpect(content().string(not(containsString("Whitelabel"))));
	}

	@Test
	void everyProblemIsShownAtOnce() throws Exception {
		this.mvc
			.perform(post("/admin/parameters/KOSGEB_DT/support-points/new").with(admin())
				.with(csrf())
				.param("value", "150")
				.param("validFrom", "2024-01-01")
				.param("sourceArticle", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "value", "programme.error.value.percent"))
			.andExpect(model().attributeHasFieldErrorCode("form", "validFrom",
					"programme.error.valid-from.not-after-newest"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sourceArticle", "NotBlank"))
			.andExpect(content().string(containsString("value=\"150\"")));
	}

	@Test
	@WithMockUser(roles = "APPLICANT")
	void anApplicantMayNotSeeTheParameters() throws Exception {
		this.mvc.perform(get("/admin/parameters")).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/parameters/KOSGEB_DT/support-points/new").with(csrf())
				.param("value", "50")
				.param("validFrom", "2031-01-01")
				.param("sourceArticle", "MADDE 6(3)"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousUsersAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/parameters"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	private RequestPostProcessor admin() {
		String email = "admin-" + UUID.randomUUID() + "@example.org";
		this.accounts.createStaffWithPassword(email, "Parametre Yöneticisi", Set.of(Role.ADMIN), "Guclu-Parola-2025!");
		UserDetails details = this.userDetails.loadUserByUsername(email);
		return user(details);
	}

}
