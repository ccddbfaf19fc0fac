package tr.destek.kosgeb;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 point 3: the long application form keeps what was typed. The edit page is one
 * form posting every section (allSections); saving one section saves the others' typed
 * values too; a refused item or upload comes back with everything typed and the errors
 * summarised at the top; a form opened before someone else's change answers 409 with the
 * user's input and the current values. Red before: the bank section posted only the bank
 * (the typed report was lost), a refused item/upload showed no error at the top, and a
 * stale form answered a 409 page without any of the input.
 */
@IntegrationTest
class ApplicationFormKeepsInputTests {

	static final short PROVINCE = 53;

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	KosgebApplicationRepository repository;

	@Autowired
	UserDetailsService userDetails;

	/** Everything the one form posts, as the browser sends it: each field once. */
	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B allSections(B request, long version,
			String consultant, String bankCode, String... typed) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("version", String.valueOf(version));
		fields.put("allSections", "true");
		fields.put("consultant", consultant);
		fields.put("number", "DD-53-001");
		fields.put("approvalDate", "");
		fields.put("validUntil", "");
		fields.put("maturityLevel", "3");
		for (String field : new String[] { "kind", "description", "quantity", "unitPrice", "supplierName",
				"supplierTaxNumber", "reportRecommendation" }) {
			fields.put(field, "");
		}
		fields.put("bankCode", bankCode);
		fields.put("category", "MATURITY_REPORT");
		for (int i = 0; i < typed.length; i += 2) {
			fields.put(typed[i], typed[i + 1]);
		}
		B built = request.with(csrf());
		fields.forEach(built::param);
		return built;
	}

	@Test
	void savingTheBankSectionAlsoSavesTheReportTypedButNotSaved() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises, PROVINCE);
		RequestPostProcessor applicant = user(this.userDetails.loadUserByUsername(email));
		this.mvc.perform(post("/kosgeb/application/new").with(applicant).with(csrf()));
		KosgebApplication before = byEmail(email);

		this.mvc
			.perform(allSections(post("/kosgeb/application/bank"), before.getVersion(), "Olgunluk Danışmanlık A.Ş.",
					"HALKBANK")
				.with(applicant))
			.andExpect(redirectedUrl("/kosgeb/application/edit#bank-section"));

		KosgebApplication after = byEmail(email);
		assertThat(after.getPreferredBankCode()).isEqualTo("HALKBANK");
		assertThat(after.report().consultant()).isEqualTo("Olgunluk Danışmanlık A.Ş.");
		assertThat(after.report().number()).isEqualTo("DD-53-001");
	}

	@Test
	void aRefusedItemComesBackWithEverythingTypedAndTheErrorsAtTheTop() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises, PROVINCE);
		RequestPostProcessor applicant = user(this.userDetails.loadUserByUsername(email));
		this.mvc.perform(post("/kosgeb/application/new").with(applicant).with(csrf()));
		long version = byEmail(email).getVersion();

		Document page = Jsoup.parse(this.mvc
			.perform(allSections(post("/kosgeb/application/items"), version, "Yazılmış Danışman", "AKBANK",
					"description", "CNC tezgâhı", "unitPrice", "bir buçuk milyon")
				.with(applicant))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		// everything typed is still there: the report, the bank, the item
		assertThat(page.getElementById("consultant").val()).isEqualTo("Yazılmış Danışman");
		assertThat(page.select("#bankCode option[selected]").val()).isEqualTo("AKBANK");
		assertThat(page.getElementById("description").val()).isEqualTo("CNC tezgâhı");
		assertThat(page.getElementById("unitPrice").val()).isEqualTo("bir buçuk milyon");
		// the errors are summarised at the top of the page, each linking to its field
		assertThat(page.select("main > *").first().id()).isEqualTo("error-summary");
		assertThat(page.select("#error-summary a").eachAttr("href")).contains("#unitPrice", "#kind", "#quantity",
				"#supplierName", "#confirmedNew");
		for (String href : page.select("#error-summary a").eachAttr("href")) {
			assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
		}
		assertThat(page.getElementById("unitPrice-error").text()).contains("1.234.567,89");
		assertThat(page.getElementById("unitPrice").attr("aria-invalid")).isEqualTo("true");
		// nothing was saved by a refused item
		assertThat(byEmail(email).report().consultant()).isNull();
	}

	@Test
	void aRefusedUploadComesBackWithEverythingTypedAndTheErrorAtTheTop() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises, PROVINCE);
		RequestPostProcessor applicant = user(this.userDetails.loadUserByUsername(email));
		this.mvc.perform(post("/kosgeb/application/new").with(applicant).with(csrf()));
		long version = byEmail(email).getVersion();

		Document page = Jsoup.parse(
				this.mvc
					.perform(allSections(
							multipart("/kosgeb/application/documents").file(new MockMultipartFile("file", "rapor.exe",
									"application/pdf", KosgebApplicants.exe())),
							version, "Yükleme Danışmanı", "", "description", "Yarım kalan kalem")
						.with(applicant))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#file");
		assertThat(page.getElementById("file").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("consultant").val()).isEqualTo("Yükleme Danışmanı");
		assertThat(page.getElementById("description").val()).isEqualTo("Yarım kalan kalem");
	}

	@Test
	void aStaleFormAnswers409WithTheInputAndTheCurrentValues() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises, PROVINCE);
		RequestPostProcessor applicant = user(this.userDetails.loadUserByUsername(email));
		this.mvc.perform(post("/kosgeb/application/new").with(applicant).with(csrf()));
		long opened = byEmail(email).getVersion();
		// tab A chooses the bank
		this.mvc.perform(allSections(post("/kosgeb/application/bank"), opened, "", "HALKBANK").with(applicant))
			.andExpect(status().is3xxRedirection());
		long current = byEmail(email).getVersion();
		assertThat(current).isGreaterThan(opened);

		// tab B, opened before, saves the report with no bank chosen
		Document page = Jsoup.parse(
				this.mvc
					.perform(allSections(post("/kosgeb/application/report"), opened, "İkinci Sekme Danışmanlık", "")
						.with(applicant))
					.andExpect(status().isConflict())
					.andReturn()
					.getResponse()
					.getContentAsString());
		// the user's input is kept in the form, the current values are shown next to it
		assertThat(page.getElementById("consultant").val()).isEqualTo("İkinci Sekme Danışmanlık");
		assertThat(page.getElementById("conflict-current-bank").text()).isEqualTo("Türkiye Halk Bankası A.Ş.");
		assertThat(page.getElementById("conflict-reason")).isNotNull();
		// sending it again is a deliberate choice on the current version, and keeps the
		// bank
		assertThat(page.select("#application-form input[name=version]").val()).isEqualTo(String.valueOf(current));
		this.mvc
			.perform(allSections(post("/kosgeb/application/report"), current, "İkinci Sekme Danışmanlık", "")
				.with(applicant))
			.andExpect(status().is3xxRedirection());
		KosgebApplication after = byEmail(email);
		assertThat(after.report().consultant()).isEqualTo("İkinci Sekme Danışmanlık");
		assertThat(after.getPreferredBankCode()).isEqualTo("HALKBANK");
	}

	private KosgebApplication byEmail(String email) {
		Long enterpriseId = ((tr.destek.identity.DestekUser) this.userDetails.loadUserByUsername(email))
			.getEnterpriseId();
		KosgebApplication application = this.repository.findByEnterpriseId(enterpriseId).orElseThrow();
		application.report();
		return application;
	}

}
