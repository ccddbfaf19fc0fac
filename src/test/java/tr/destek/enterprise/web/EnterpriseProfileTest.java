package tr.destek.enterprise.web;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.audit.AuditEntry;
import tr.destek.audit.AuditTrail;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterprisePerson;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EnterpriseProfileTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserAccountService users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	EnterpriseService.SignedUp applicant;

	@BeforeEach
	void setUp() {
		KobiThresholdsFixture.ensure(this.jdbc);
		this.applicant = Applicants.signUp(this.enterprises, "Profil Deneme Ltd. Şti.");
	}

	Long enterpriseId() {
		return this.applicant.enterprise().getId();
	}

	org.springframework.test.web.servlet.request.RequestPostProcessor asApplicant() {
		return Applicants.as(this.userDetails, this.applicant.account().getEmail());
	}

	@Test
	void editingTheProfileIsSavedAndAuditedWithBeforeAndAfter() throws Exception {
		Enterprise before = this.enterprises.find(enterpriseId()).orElseThrow();
		this.mvc.perform(get("/enterprise/profile/edit").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile-form\"")));
		this.mvc
			.perform(post("/enterprise/profile/edit").with(asApplicant())
				.with(csrf())
				.param("version", String.valueOf(before.getVersion()))
				.param("title", "Profil Deneme Makina Ltd. Şti.")
				.param("provinceCode", "35")
				.param("address", "Atatürk OSB, Çiğli")
				.param("naceCode", "28.41")
				.param("declarationDate", "2025-12-01")
				.param("privateOwnershipShare", "100")
				.param("rdCentre", "true")
				.param("completedTubitakProjects", "2")
				.param("womenManaged", "true")
				.param("developmentRegion", "1")
				.param("etebligatAddress", "profil@hs01.kep.tr"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/enterprise/profile"));

		Enterprise after = this.enterprises.find(enterpriseId()).orElseThrow();
		assertThat(after.getTitle()).isEqualTo("Profil Deneme Makina Ltd. Şti.");
		assertThat(after.getProvinceCode()).isEqualTo((short) 35);
		assertThat(after.isRdCentre()).isTrue();
		assertThat(after.isWomenManaged()).isTrue();
		assertThat(after.getDevelopmentRegion()).isEqualTo(1);
		assertThat(after.getVersion()).isGreaterThan(before.getVersion());
		AuditEntry updated = this.audit.history("Enterprise", enterpriseId())
			.stream()
			.filter(e -> e.getAction().equals("ENTERPRISE_UPDATED"))
			.findFirst()
			.orElseThrow();
		assertThat(updated.getActor()).isEqualTo(this.applicant.account().getEmail());
		assertThat(updated.getBeforeState()).contains("title=Profil Deneme Ltd. Şti.").contains("province=6");
		assertThat(updated.getAfterState()).contains("title=Profil Deneme Makina Ltd. Şti.")
			.contains("province=35")
			.contains("rdCentre=true");

		this.mvc.perform(get("/enterprise/profile").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Profil Deneme Makina Ltd. Şti.")))
			.andExpect(content().string(containsString("35 İzmir")))
			.andExpect(content().string(containsString("Kısım C: İmalat")));
	}

	@Test
	void aStaleFormIsRefusedWithoutLosingWhatWasTyped() throws Exception {
		Enterprise current = this.enterprises.find(enterpriseId()).orElseThrow();
		this.mvc
			.perform(post("/enterprise/profile/edit").with(asApplicant())
				.with(csrf())
				.param("version", String.valueOf(current.getVersion() - 1))
				.param("title", "Eski Form Başlığı")
				.param("provinceCode", "6")
				.param("naceCode", "25.62")
				.param("completedTubitakProjects", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("başka bir kullanıcı tarafından değiştirildi")))
			.andExpect(content().string(containsString("Eski Form Başlığı")));
	}

	@Test
	void wrongProfileValuesAreShownNextToTheirFields() throws Exception {
		Enterprise current = this.enterprises.find(enterpriseId()).orElseThrow();
		this.mvc
			.perform(post("/enterprise/profile/edit").with(asApplicant())
				.with(csrf())
				.param("version", String.valueOf(current.getVersion()))
				.param("title", "Profil Deneme Ltd. Şti.")
				.param("provinceCode", "6")
				.param("naceCode", "25,62")
				.param("privateOwnershipShare", "120")
				.param("developmentRegion", "7")
				.param("completedTubitakProjects", "iki"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"naceCode-error\"")))
			.andExpect(content().string(containsString("id=\"privateOwnershipShare-error\"")))
			.andExpect(content().string(containsString("id=\"developmentRegion-error\"")))
			.andExpect(content().string(containsString("id=\"completedTubitakProjects-error\"")))
			.andExpect(content().string(containsString("value=\"25,62\"")));
	}

	@Test
	void fiscalYearsAcceptTurkishAmountsAndDecideTheSizeClass() throws Exception {
		this.mvc
			.perform(post("/enterprise/fiscal-years").with(asApplicant())
				.with(csrf())
				.param("year", "2024")
				.param("employees", "35")
				.param("netSales", "42.000.000,00")
				.param("balanceSheetTotal", "60000000.00")
				.param("operatingProfit", "-1.250,50")
				.param("equity", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/enterprise/fiscal-years"));
		Enterprise enterprise = this.enterprises.find(enterpriseId()).orElseThrow();
		assertThat(enterprise.fiscalYear(2024).orElseThrow().getNetSales()).isEqualByComparingTo("42000000");
		assertThat(enterprise.fiscalYear(2024).orElseThrow().getOperatingProfit()).isEqualByComparingTo("-1250.50");
		assertThat(this.audit.history("Enterprise", enterpriseId())).extracting(AuditEntry::getAction)
			.contains("FISCAL_YEAR_ADDED");

		this.mvc.perform(get("/enterprise/profile").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Küçük işletme")))
			.andExpect(content().string(containsString("2024 mali yılı verilerine göre")))
			.andExpect(content().string(containsString("42.000.000,00 TL")));
		this.mvc.perform(get("/dashboard").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.applicant.enterprise().getTaxNumber())))
			.andExpect(content().string(containsString("Küçük işletme")));

		this.mvc.perform(get("/enterprise/fiscal-years").param("year", "2024").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"42.000.000,00\"")));

		this.mvc
			.perform(post("/enterprise/fiscal-years").with(asApplicant())
				.with(csrf())
				.param("year", "2024")
				.param("employees", "-1")
				.param("netSales", "12,345,67")
				.param("balanceSheetTotal", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"employees-error\"")))
			.andExpect(content().string(containsString("id=\"netSales-error\"")))
			.andExpect(content().string(containsString("value=\"12,345,67\"")));
	}

	@Test
	void personsAreDeclaredAndRemovedWithAnAuditRecord() throws Exception {
		this.mvc
			.perform(post("/enterprise/persons").with(asApplicant())
				.with(csrf())
				.param("fullName", "Ayşe Yılmaz")
				.param("tckn", "10000000146")
				.param("relation", "OWNER")
				.param("sharePercent", "60"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/enterprise/persons").with(asApplicant())
				.with(csrf())
				.param("fullName", "Mehmet Yılmaz")
				.param("tckn", "12345678951")
				.param("relation", "RELATIVE")
				.param("relatedTaxNumber", "10000000146"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tckn-error\"")));
		List<EnterprisePerson> persons = this.enterprises.find(enterpriseId()).orElseThrow().getPersons();
		assertThat(persons).extracting(EnterprisePerson::getFullName).containsExactly("Ayşe Yılmaz");

		this.mvc
			.perform(post("/enterprise/persons/{id}/remove", persons.get(0).getId()).with(asApplicant()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.enterprises.find(enterpriseId()).orElseThrow().getPersons()).isEmpty();
		assertThat(this.audit.history("Enterprise", enterpriseId())).extracting(AuditEntry::getAction)
			.contains("PERSON_DECLARED", "PERSON_REMOVED");
	}

	@Test
	void anApplicantCannotSeeAnotherEnterprise() throws Exception {
		EnterpriseService.SignedUp other = Applicants.signUp(this.enterprises, "Başka İşletme A.Ş.");
		this.mvc.perform(get("/enterprises/{id}", other.enterprise().getId()).with(asApplicant()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Başka İşletme A.Ş."))));
		this.mvc.perform(get("/enterprises/{id}", enterpriseId()).with(asApplicant()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/enterprise/profile"));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/enterprise/profile"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/enterprises/{id}", enterpriseId()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void staffWithAFileOfTheEnterpriseReadItButCannotEditIt() throws Exception {
		// issue #9 point 5: staff read an enterprise only when a file of theirs needs it
		// (StaffEnterpriseAccessTests); here the application reached the staff's unit
		ControlFixtures.from(this.context).submitted(enterpriseId(), 6);
		String email = Applicants.uniqueEmail();
		this.users.createStaffWithPassword(email, "Kobi Uzmanı", EnumSet.of(Role.RESPONSIBLE_STAFF), (short) 6,
				Applicants.PASSWORD);
		this.mvc.perform(get("/enterprises/{id}", enterpriseId()).with(Applicants.as(this.userDetails, email)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Profil Deneme Ltd. Şti.")))
			.andExpect(content().string(containsString("Personel görünümü")))
			.andExpect(content().string(not(containsString("/enterprise/profile/edit"))));
		this.mvc.perform(get("/enterprise/profile/edit").with(Applicants.as(this.userDetails, email)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/enterprises/{id}", Long.MAX_VALUE).with(Applicants.as(this.userDetails, email)))
			.andExpect(status().isNotFound());
	}

}
