package tr.destek.kosgeb;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;
import tr.destek.support.RawCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 point 13: document categories, bank codes and history events are shown as
 * labels in the user's language on the applicant's and the staff's pages. Red before: the
 * staff file showed {@code SUPPLIER_OFFERS}, {@code MATURITY_REPORT} and the history's
 * {@code KOSGEB_ITEM_ADDED} with English summaries. (Every other page reached by a test
 * is checked the same way, {@link tr.destek.support.RawCodeCheckConfiguration}.)
 */
@IntegrationTest
class NoRawCodesOnPagesTests {

	static final short PROVINCE = 54;

	@Autowired
	MockMvc mvc;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	KosgebApplicationRepository repository;

	@Autowired
	ApplicationContext context;

	@Test
	void theApplicantsAndTheStaffsPagesShowLabelsNotCodes() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises, PROVINCE);
		DestekUser principal = (DestekUser) this.userDetails.loadUserByUsername(email);
		RequestPostProcessor applicant = user(principal);
		this.mvc.perform(post("/kosgeb/application/new").with(applicant).with(csrf()));
		this.mvc
			.perform(post("/kosgeb/application/report").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(principal)))
				.param("consultant", "Dijital Olgunluk Danışmanlık A.Ş.")
				.param("number", "DD-54-118")
				.param("approvalDate", LocalDate.now(DestekTime.ZONE).minusMonths(3).toString())
				.param("maturityLevel", "3"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/kosgeb/application/items").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(principal)))
				.param("kind", "MACHINE")
				.param("description", "CNC dik işleme merkezi")
				.param("quantity", "1")
				.param("unitPrice", "1.500.000,00")
				.param("supplierName", "Torna Makina Ltd. Şti.")
				.param("supplierTaxNumber", tr.destek.enterprise.Enterprises.randomVkn())
				.param("reportRecommendation", "Öneri 3")
				.param("confirmedNew", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/kosgeb/application/bank").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(principal)))
				.param("bankCode", "AKBANK"))
			.andExpect(status().is3xxRedirection());
		for (String category : new String[] { "MATURITY_REPORT", "SUPPLIER_OFFERS" }) {
			this.mvc
				.perform(multipart("/kosgeb/application/documents")
					.file(new MockMultipartFile("file", "belge.pdf", "application/pdf", KosgebApplicants.pdf()))
					.param("category", category)
					.with(applicant)
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post("/kosgeb/application/submit").with(applicant)
				.with(csrf())
				.param("version", String.valueOf(version(principal)))
				.param("commitmentVersion", Commitment.VERSION)
				.param("approved", "true"))
			.andExpect(status().is3xxRedirection());
		Long id = this.repository.findByEnterpriseId(principal.getEnterpriseId()).orElseThrow().getId();

		String detail = page("/kosgeb/application", applicant);
		assertThat(RawCodes.in(detail)).isEmpty();
		assertThat(detail).contains("Akbank T.A.Ş.", "Gider kalemi eklendi",
				"Proforma faturalar / tedarikçi teklifleri");

		ControlFixtures control = ControlFixtures.from(this.context);
		DestekUser staff = control.principal(control.staff(Role.UNIT_MANAGER, PROVINCE));
		String file = page("/kosgeb/control/" + id, user(staff));
		assertThat(RawCodes.in(file)).isEmpty();
		String text = Jsoup.parse(file).text();
		assertThat(text)
			.contains("Proforma faturalar / tedarikçi teklifleri", "Dijital olgunluk değerlendirme raporu",
					"Gider kalemi eklendi", "Protokol bankası seçildi")
			.doesNotContain("Expense item added")
			.doesNotContain("AKBANK");
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long version(DestekUser principal) {
		return this.repository.findByEnterpriseId(principal.getEnterpriseId()).orElseThrow().getVersion();
	}

}
