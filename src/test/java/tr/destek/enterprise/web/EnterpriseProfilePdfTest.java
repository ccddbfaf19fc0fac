package tr.destek.enterprise.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.FiscalYearFigures;
import tr.destek.enterprise.KobiThresholdsFixture;
import tr.destek.enterprise.PersonDeclaration;
import tr.destek.enterprise.PersonRelation;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EnterpriseProfilePdfTest {

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

	EnterpriseService.SignedUp applicant;

	String ownerTckn;

	@BeforeEach
	void setUp() {
		KobiThresholdsFixture.ensure(this.jdbc);
		this.applicant = Applicants.signUp(this.enterprises, "Çağlayan Öğüt Makina Sanayi Ltd. Şti.");
		Long id = this.applicant.enterprise().getId();
		// 35 employees and 42 million TL net sales: a small enterprise (KOBİ Yönetmeliği
		// MADDE 5)
		this.enterprises.saveFiscalYear(id, new FiscalYearFigures(2025, 35, new BigDecimal("42000000.00"),
				new BigDecimal("60000000.50"), new BigDecimal("-125000.00"), null));
		this.ownerTckn = Enterprises.randomTckn();
		this.enterprises.declarePerson(id, new PersonDeclaration(this.ownerTckn, "Şükrü Işıkgören",
				PersonRelation.OWNER, new BigDecimal("60"), null));
	}

	RequestPostProcessor asApplicant() {
		return Applicants.as(this.userDetails, this.applicant.account().getEmail());
	}

	@Test
	void theApplicantDownloadsItsOwnProfileAsAPdfWithTurkishText() throws Exception {
		MvcResult result = this.mvc.perform(get("/enterprise/profile.pdf").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment;")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn();

		String text = text(result.getResponse().getContentAsByteArray());
		assertThat(text).contains("DESTEK-ISL-01")
			.contains("İşletme Bilgi Formu")
			.contains("Çağlayan Öğüt Makina Sanayi Ltd. Şti.")
			.contains(this.applicant.enterprise().getTaxNumber() + " (VKN)")
			.contains("25.62")
			.contains("Küçük işletme")
			.contains("2025")
			.contains("42.000.000,00 TL")
			.contains("-125.000,00 TL")
			.contains("Şükrü Işıkgören")
			.contains(this.ownerTckn)
			.contains("Sahip")
			.contains("%60")
			.containsPattern("Sayfa 1 / \\d")
			.contains("bir mevzuat formu değildir");
	}

	@Test
	void theFileNameKeepsTurkishLettersThroughRfc5987() throws Exception {
		String vkn = this.applicant.enterprise().getTaxNumber();
		this.mvc.perform(get("/enterprise/profile.pdf").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"Isletme Bilgi Formu "
					+ vkn + ".pdf\"; " + "filename*=UTF-8''%C4%B0%C5%9Fletme%20Bilgi%20Formu%20" + vkn + ".pdf"));
	}

	@Test
	void inEnglishTheLabelsAreEnglish() throws Exception {
		MvcResult result = this.mvc.perform(get("/enterprise/profile.pdf").param("lang", "en").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("filename*=UTF-8''Enterprise%20Information%20Form%20")))
			.andReturn();
		String text = text(result.getResponse().getContentAsByteArray());
		assertThat(text).contains("Enterprise Information Form")
			.contains("Small enterprise")
			.contains("Fiscal years")
			.contains("42,000,000.00 TL")
			.contains("Owner")
			.containsPattern("Page 1 / \\d")
			.contains("Çağlayan Öğüt Makina Sanayi Ltd. Şti.")
			.doesNotContain("Küçük işletme");
	}

	@Test
	void anotherApplicantOnlyEverGetsItsOwnEnterprise() throws Exception {
		EnterpriseService.SignedUp other = Applicants.signUp(this.enterprises, "Başka Yazılım A.Ş.");
		MvcResult result = this.mvc
			.perform(get("/enterprise/profile.pdf").with(Applicants.as(this.userDetails, other.account().getEmail())))
			.andExpect(status().isOk())
			.andReturn();
		String text = text(result.getResponse().getContentAsByteArray());
		assertThat(text).contains("Başka Yazılım A.Ş.")
			.doesNotContain("Çağlayan Öğüt")
			.doesNotContain("Şükrü Işıkgören")
			.doesNotContain(this.applicant.enterprise().getTaxNumber())
			.contains("Belirlenemedi");
		// an id in the URL is not a way to reach someone else's enterprise
		this.mvc
			.perform(get("/enterprise/profile.pdf").param("id", String.valueOf(this.applicant.enterprise().getId()))
				.with(Applicants.as(this.userDetails, other.account().getEmail())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString(other.enterprise().getTaxNumber())));
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndStaffHaveNoOwnEnterprise() throws Exception {
		this.mvc.perform(get("/enterprise/profile.pdf"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		String email = Applicants.uniqueEmail();
		this.users.createStaffWithPassword(email, "Kobi Uzmanı", EnumSet.of(Role.RESPONSIBLE_STAFF), (short) 34,
				Applicants.PASSWORD);
		this.mvc.perform(get("/enterprise/profile.pdf").with(Applicants.as(this.userDetails, email)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theProfilePageLinksToThePdf() throws Exception {
		this.mvc.perform(get("/enterprise/profile").with(asApplicant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/enterprise/profile.pdf\"")))
			.andExpect(content().string(containsString("İşletme Bilgi Formu (PDF)")));
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return reading(document, 1, document.getNumberOfPages());
		}
	}

	/** The text as a reader sees it on the pages: top to bottom, left to right. */
	static String reading(PDDocument document, int fromPage, int toPage) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(fromPage);
		stripper.setEndPage(toPage);
		return stripper.getText(document);
	}

}
