package tr.destek.enterprise.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.audit.AuditEntry;
import tr.destek.audit.AuditTrail;
import tr.destek.enterprise.EnterpriseFiscalYear;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.FiscalYearFigures;
import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #10 point 4: "Mali yıl ekle" for a year that exists silently replaced 42 M TL of
 * sales with 1 TL and blanked profit and equity. Adding an existing year is refused with
 * a link to edit it; editing shows the saved values beside the fields.
 */
@IntegrationTest
class FiscalYearOverwriteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	EnterpriseService.SignedUp applicant;

	@BeforeEach
	void setUp() {
		KobiThresholdsFixture.ensure(this.jdbc);
		this.applicant = Applicants.signUp(this.enterprises, "Mali Yıl Deneme A.Ş.");
		this.enterprises.saveFiscalYear(this.applicant.enterprise().getId(),
				new FiscalYearFigures(2025, 35, new BigDecimal("42000000.00"), new BigDecimal("30000000.00"),
						new BigDecimal("1500000.00"), new BigDecimal("8000000.00")));
	}

	RequestPostProcessor asApplicant() {
		return Applicants.as(this.userDetails, this.applicant.account().getEmail());
	}

	EnterpriseFiscalYear year2025() {
		return this.enterprises.find(this.applicant.enterprise().getId()).orElseThrow().fiscalYear(2025).orElseThrow();
	}

	@Test
	void addingAYearThatExistsIsRefusedWithALinkToEditIt() throws Exception {
		this.mvc
			.perform(post("/enterprise/fiscal-years").with(asApplicant())
				.with(csrf())
				.param("year", "2025")
				.param("employees", "1")
				.param("netSales", "1")
				.param("balanceSheetTotal", "1"))
			.andExpect(status().isOk())
			.andExpect(flash().attributeCount(0))
			.andExpect(content().string(containsString("id=\"year-error\"")))
			.andExpect(content().string(containsString("2025 mali yılı zaten kayıtlı")))
			.andExpect(content().string(containsString("href=\"/enterprise/fiscal-years?year=2025\"")))
			.andExpect(content().string(not(containsString("kaydedildi"))));
		EnterpriseFiscalYear year = year2025();
		assertThat(year.getNetSales()).isEqualByComparingTo("42000000");
		assertThat(year.getOperatingProfit()).isEqualByComparingTo("1500000");
		assertThat(year.getEquity()).isEqualByComparingTo("8000000");
		assertThat(this.audit.history("Enterprise", this.applicant.enterprise().getId()))
			.extracting(AuditEntry::getAction)
			.doesNotContain("FISCAL_YEAR_UPDATED");
	}

	@Test
	void editingAYearShowsTheSavedValuesBesideTheFieldsAndReplacesThem() throws Exception {
		this.mvc.perform(get("/enterprise/fiscal-years").param("year", "2025").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"editYear\" value=\"2025\"")))
			.andExpect(content().string(containsString("id=\"netSales-saved\"")))
			.andExpect(content().string(containsString("Kayıtlı değer: 42.000.000,00 TL")))
			.andExpect(content().string(containsString("Kayıtlı değer: 8.000.000,00 TL")));

		this.mvc
			.perform(post("/enterprise/fiscal-years").with(asApplicant())
				.with(csrf())
				.param("editYear", "2025")
				.param("year", "2025")
				.param("employees", "36")
				.param("netSales", "43.000.000,00")
				.param("balanceSheetTotal", "31000000")
				.param("operatingProfit", "1600000")
				.param("equity", "8100000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/enterprise/fiscal-years"));
		assertThat(year2025().getNetSales()).isEqualByComparingTo("43000000");
		assertThat(this.audit.history("Enterprise", this.applicant.enterprise().getId()))
			.extracting(AuditEntry::getAction)
			.contains("FISCAL_YEAR_UPDATED");
	}

	@Test
	void aNewYearIsStillAdded() throws Exception {
		this.mvc
			.perform(post("/enterprise/fiscal-years").with(asApplicant())
				.with(csrf())
				.param("year", "2024")
				.param("employees", "30")
				.param("netSales", "30000000")
				.param("balanceSheetTotal", "20000000"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.enterprises.find(this.applicant.enterprise().getId()).orElseThrow().fiscalYear(2024))
			.isPresent();
	}

}
