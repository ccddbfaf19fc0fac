package tr.destek.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.FiscalYearFigures;
import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.PersonDeclaration;
import tr.destek.enterprise.PersonRelation;
import tr.destek.enterprise.ProfileChange;
import tr.destek.enterprise.Registration;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.EligibilitySnapshot;
import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.kosgeb.eligibility.Outcome;
import tr.destek.kosgeb.eligibility.RuleResult;
import tr.destek.payment.PaymentFixtures;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, points 6 and 8: the public page says who may apply to each programme, the
 * applicant's home page runs the pre-check from the profile before a draft exists, and
 * every home page shows its role's work with texts that follow the file's state.
 * Provinces 55 (applicants) and 56 (the unit's home page) only.
 */
@IntegrationTest
class HomePagesTests {

	static final String PASSWORD = "Ana-Sayfa-Parola-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserAccountService users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void thePublicPageSaysWhoMayApplyWithTheArticles() throws Exception {
		Document page = page(get("/"));
		Element kosgeb = page.getElementById("who-may-apply-KOSGEB_DT");
		assertThat(kosgeb).isNotNull();
		assertThat(kosgeb.select("li").eachText()).anySatisfy(li -> assertThat(li).contains("Kısım C", "MADDE 7(3)"))
			.anySatisfy(li -> assertThat(li).contains("mikro", "MADDE 7(2)"))
			.anySatisfy(li -> assertThat(li).contains("MADDE 7(6)"));
		assertThat(text(page, "programme-HISER")).contains("Henüz başvuruya açık değil");
		assertThat(text(page, "programme-SAYEM_1833")).contains("Henüz başvuruya açık değil");
	}

	@Test
	void madde7_3_aSoftwareFirmLearnsOnItsHomePageBeforeAnyDraftThatKosgebDtIsForManufacturers() throws Exception {
		Long enterprise = enterprise("62.01", 35);
		Document page = page(get("/dashboard").with(applicantOf(enterprise)));

		assertThat(attribute(page, "precheck-KOSGEB_DT", "data-fits")).isEqualTo("false");
		assertThat(text(page, "precheck-KOSGEB_DT-nace-section-c")).contains("Ana faaliyet kodunuz 62.01")
			.contains("MADDE 7(3)");
		// the other profile rules pass and are not listed as reasons
		assertThat(page.getElementById("precheck-KOSGEB_DT-small-or-medium")).isNull();
		// no draft is offered for a programme that does not fit
		assertThat(page.getElementById("dashboard-apply")).isNull();
		assertThat(text(page, "programme-HISER")).contains("Henüz başvuruya açık değil");
		assertThat(text(page, "programme-SAYEM_1833")).contains("Henüz başvuruya açık değil");
		// nothing was started
		assertThat(this.jdbc.sql("select count(*) from kosgeb_application where enterprise_id = ?")
			.param(enterprise)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void madde7_2_aMicroManufacturerIsToldItsSizeAndAQualifyingOneMayStart() throws Exception {
		Document micro = page(get("/dashboard").with(applicantOf(enterprise("25.62", 6))));
		assertThat(attribute(micro, "precheck-KOSGEB_DT", "data-fits")).isEqualTo("false");
		assertThat(text(micro, "precheck-KOSGEB_DT-small-or-medium")).contains("mikro").contains("MADDE 7(2)");
		assertThat(micro.getElementById("dashboard-apply")).isNull();

		Document small = page(get("/dashboard").with(applicantOf(enterprise("25.62", 35))));
		assertThat(attribute(small, "precheck-KOSGEB_DT", "data-fits")).isEqualTo("true");
		assertThat(small.getElementById("dashboard-apply")).isNotNull();
	}

	@Test
	void anApplicantWhoseLoanWasDisbursedIsToldToRequestPaymentsNotToApplyForALoan() throws Exception {
		PaymentFixtures.Case c = new PaymentFixtures(this.context).acceptedWithLoan(55);
		Document home = page(get("/dashboard").with(user(c.applicant())));
		assertThat(text(home, "dashboard-kosgeb-next")).contains("Ödeme Talep Formu");
		assertThat(home.text()).doesNotContain("kredi başvurusu yapın");
		assertThat(page(get("/kosgeb/application").with(user(c.applicant()))).text())
			.doesNotContain("kredi başvurusu yapın");
	}

	@Test
	void anAcceptedFileNoLongerSaysAConditionNeedsAnExpertAndASubmittedOneNoLongerSaysItCanBeSent() throws Exception {
		ControlFixtures control = ControlFixtures.from(this.context);
		Long submitted = control.submitted(55, "Gönderilmiş Test İmalat " + UUID.randomUUID());
		markNeedsReview(submitted);
		Document sent = page(get("/kosgeb/application").with(applicantOf(control.load(submitted).getEnterpriseId())));
		// still in control: the flag is right
		assertThat(sent.getElementById("needs-review")).isNotNull();
		assertThat(sent.text()).doesNotContain("Başvuru gönderilebilir");

		Long accepted = tr.destek.loan.LoanFixtures.from(this.context)
			.acceptedApplication(55, "Kabul Test İmalat " + UUID.randomUUID());
		markNeedsReview(accepted);
		RequestPostProcessor acceptedApplicant = applicantOf(control.load(accepted).getEnterpriseId());
		Document decided = page(get("/kosgeb/application").with(acceptedApplicant));
		assertThat(decided.getElementById("needs-review")).isNull();
		assertThat(decided.text()).doesNotContain("Uzman incelemesi gereken koşul var")
			.doesNotContain("Başvuru gönderilebilir");
		// no loan yet: the home page says to apply for one
		assertThat(text(page(get("/dashboard").with(acceptedApplicant)), "dashboard-kosgeb-next"))
			.contains("kredi başvurusu");
	}

	@Test
	void theUnitManagersHomePageCountsFilesPerStateAndListsTheOverdueFirstWithAWeeklyChart() throws Exception {
		ControlFixtures control = ControlFixtures.from(this.context);
		UserAccount manager = control.staff(Role.UNIT_MANAGER, 56);
		Long late = control.submitted(56, "Geciken Test İmalat " + UUID.randomUUID());
		Long onTime = control.submitted(56, "Zamanında Test İmalat " + UUID.randomUUID());
		control.readyForBoard(56, "Kurula Hazır Test İmalat " + UUID.randomUUID());
		this.jdbc.sql("update kosgeb_application set control_due_at = ? where id = ?")
			.params(java.sql.Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS)), late)
			.update();
		String lateTitle = this.jdbc
			.sql("select e.title from enterprise e join kosgeb_application a on a.enterprise_id = e.id where a.id = ?")
			.param(late)
			.query(String.class)
			.single();

		MvcResult result = this.mvc.perform(get("/dashboard").with(user(control.principal(manager))))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(attribute(page, "work-count-SUBMITTED", "data-count")).isEqualTo("2");
		assertThat(attribute(page, "work-count-READY_FOR_BOARD", "data-count")).isEqualTo("1");
		assertThat(attribute(page, "work-open", "data-count")).isEqualTo("2");
		// what is overdue comes first, with the enterprise's name, its province and the
		// days
		Elements due = page.select("#work-due li");
		assertThat(due).hasSize(2);
		assertThat(due.get(0).text()).contains(control.load(late).getReference())
			.contains(lateTitle)
			.contains("Siirt")
			.contains("gün gecikti");
		assertThat(due.get(1).text()).contains(control.load(onTime).getReference()).contains("gün kaldı");
		assertThat(page.getElementById("chart-files-per-week")).isNotNull();
		assertThat(page.select("#chart-files-per-week rect")).hasSize(8);
		// the week of the three files has a bar of full height, the others none
		assertThat(page.select("#chart-files-per-week rect").last().attr("height")).isEqualTo("100");
		assertThat(page.select("#chart-payments-per-month rect")).hasSize(6);
		// the CSP forbids inline styles
		assertThat(page.select("[style]")).isEmpty();
	}

	@Test
	void aBoardSecretariatSeesTheFilesWaitingForAnAgenda() throws Exception {
		UserAccount secretariat = this.users.createStaffWithPassword("sekretarya-" + UUID.randomUUID() + "@kosgeb.test",
				"Sekretarya Ana Sayfa", java.util.EnumSet.of(Role.BOARD_SECRETARIAT), PASSWORD);
		Document page = page(get("/dashboard").with(user(this.userDetails.loadUserByUsername(secretariat.getEmail()))));
		assertThat(attribute(page, "work-secretariat-ready", "data-count")).isNotBlank();
		assertThat(page.select("#work-secretariat-ready a[href='/board/secretariat/boards']")).hasSize(1);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static String text(Document page, String id) {
		Element element = page.getElementById(id);
		assertThat(element).as("#" + id).isNotNull();
		return element.text();
	}

	private static String attribute(Document page, String id, String name) {
		Element element = page.getElementById(id);
		assertThat(element).as("#" + id).isNotNull();
		return element.attr(name);
	}

	private void markNeedsReview(Long applicationId) {
		LocalDate today = LocalDate.now(tr.destek.platform.DestekTime.ZONE);
		String snapshot = EligibilitySnapshot.write(new EligibilityReport(today, List.of(
				new RuleResult("nace-section-c", "MADDE 7(3)", Outcome.PASS, "kosgeb.eligibility.nace.pass",
						List.of("25.62"), null),
				new RuleResult("consultant-authorisation", "MADDE 7(4)", Outcome.NEEDS_REVIEW,
						"kosgeb.eligibility.consultant.review", List.of("Dijital Danışmanlık A.Ş.", "DDR-7"), null))));
		this.jdbc
			.sql("update kosgeb_application set eligibility_needs_review = true, eligibility_snapshot = ? where id = ?")
			.params(snapshot, applicationId)
			.update();
	}

	private RequestPostProcessor applicantOf(Long enterpriseId) {
		UserAccount account = this.users.createApplicant(enterpriseId, "ana-" + UUID.randomUUID() + "@ornek.com.tr",
				"Ayşe Yılmaz", PASSWORD);
		return user(this.userDetails.loadUserByUsername(account.getEmail()));
	}

	/**
	 * An enterprise in province 55 with a complete profile: three fiscal years with
	 * {@code employees} people, a current İşletme Beyanı, a declared owner.
	 */
	private Long enterprise(String nace, int employees) {
		String title = "Samsun Ana Sayfa " + UUID.randomUUID().toString().substring(0, 8) + " Ltd. Şti.";
		Long id = this.enterprises
			.register(new Registration(Enterprises.randomVkn(), title, LegalForm.LIMITED, LocalDate.of(2015, 6, 1),
					(short) 55, nace))
			.getId();
		long version = this.enterprises.find(id).orElseThrow().getVersion();
		this.enterprises.updateProfile(id, version,
				new ProfileChange(title, (short) 55, "Atakum/Samsun", nace, this.enterprises.today().minusMonths(1),
						new BigDecimal("100"), false, false, false, 0, false, false, false, 2, null));
		for (int year = 2023; year <= 2025; year++) {
			this.enterprises.saveFiscalYear(id, new FiscalYearFigures(year, employees, money(employees * 1_100_000L),
					money(employees * 800_000L), money(3_100_000), money(9_800_000)));
		}
		this.enterprises.declarePerson(id, new PersonDeclaration(Enterprises.randomTckn(), "Ayşe Yılmaz",
				PersonRelation.OWNER, new BigDecimal("100"), null));
		return id;
	}

	private static BigDecimal money(long amount) {
		return BigDecimal.valueOf(amount).setScale(2);
	}

}
