package tr.destek.payment;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.loan.LoanFixtures;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The payment pages, downloads and exports with real security. */
@IntegrationTest
class PaymentWebTests {

	/** Elazığ: no other test uses it. */
	static final int PROVINCE = 23;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	PaymentService payments;

	PaymentFixtures fixtures;

	@Autowired
	UserAccountService users;

	@Autowired
	KosgebApplicationService applications;

	@BeforeEach
	void setUp() {
		this.fixtures = new PaymentFixtures(this.context);
	}

	@Test
	void applicantOpensARequestAndSeesBadInvoiceInputNextToTheField() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		this.mvc.perform(get("/kosgeb/application/payments").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MADDE 18(12)")))
			.andExpect(content().string(containsString(c.loan().lastMaturity().plusYears(1).format(DAY))));

		MvcResult opened = this.mvc
			.perform(post("/kosgeb/application/payments/requests").with(user(c.applicant()))
				.with(csrf())
				.param("loanId", String.valueOf(c.loan().loanId()))
				.param("quarter", "1")
				.param("paidOn", c.loan().schedule().get(0).dueDate().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/kosgeb/application/payments/requests/*"))
			.andReturn();
		String page = opened.getResponse().getRedirectedUrl();

		// a second request for the same period: refused next to the period field (MADDE
		// 15(8))
		this.mvc
			.perform(post("/kosgeb/application/payments/requests").with(user(c.applicant()))
				.with(csrf())
				.param("loanId", String.valueOf(c.loan().loanId()))
				.param("quarter", "1")
				.param("paidOn", c.loan().schedule().get(0).dueDate().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MADDE 15(8)")));

		this.mvc.perform(get(page).with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MADDE 15(2)")))
			.andExpect(content().string(containsString("İşletme Değerlendirme Raporunu")));

		this.mvc
			.perform(multipart(page + "/invoices")
				.file(new MockMultipartFile("file", "fatura.pdf", "application/pdf", LoanFixtures.PDF))
				.with(user(c.applicant()))
				.with(csrf())
				.param("version", "0")
				.param("number", "FTR-77")
				.param("date", PaymentFixtures.today().minusMonths(5).toString())
				.param("supplierVkn", "123")
				.param("expenseItemId", String.valueOf(c.erp().expenseItemId()))
				.param("amountExclVat", "1.000,00")
				.param("vatAmount", "200,00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("VKN 10, TCKN 11 haneli olmalıdır.")))
			.andExpect(content().string(containsString("value=\"FTR-77\"")));

		this.mvc
			.perform(multipart(page + "/invoices")
				.file(new MockMultipartFile("file", "fatura.pdf", "application/pdf", LoanFixtures.PDF))
				.with(user(c.applicant()))
				.with(csrf())
				.param("version", "0")
				.param("number", "FTR-77")
				.param("date", PaymentFixtures.today().minusMonths(5).toString())
				.param("supplierVkn", "1234567890")
				.param("expenseItemId", String.valueOf(c.erp().expenseItemId()))
				.param("amountExclVat", "1.000,00")
				.param("vatAmount", "200,00"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(user(c.applicant())))
			.andExpect(content().string(containsString("FTR-77")))
			.andExpect(content().string(containsString("MADDE 15(9)")));
	}

	@Test
	void madde18_12_theEnterprisesProfilePageShowsTheAssetLockWhileItLasts() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		String until = c.loan().lastMaturity().plusYears(1).format(DAY);
		this.mvc.perform(get("/enterprise/profile").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notice-0\"")))
			.andExpect(
					content().string(containsString(until + " tarihine kadar satılamaz, kiralanamaz, rehnedilemez")));
		// an accepted enterprise without a disbursed loan has no lock
		Long accepted = this.fixtures.loans.acceptedApplication(PROVINCE, "Kilitsiz Yazılım A.Ş.");
		UserAccount applicant = this.users.createApplicant(this.applications.find(accepted).getEnterpriseId(),
				"kilitsiz-" + java.util.UUID.randomUUID() + "@example.com.tr", "Başvuru Sahibi", "Gizli-parola-123");
		this.mvc.perform(get("/enterprise/profile").with(user(this.fixtures.control.principal(applicant))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("MADDE 18(12)"))));
	}

	@Test
	void madde15_9_negativeVatAndNegativeDebtsAreRefusedInTurkishNextToTheField_notAsEnAz0Point00() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.completeDraft(c, 1);
		String page = "/kosgeb/application/payments/requests/" + request.getId();
		this.mvc
			.perform(multipart(page + "/invoices")
				.file(new MockMultipartFile("file", "fatura.pdf", "application/pdf", LoanFixtures.PDF))
				.with(user(c.applicant()))
				.with(csrf())
				.param("version", String.valueOf(this.fixtures.version(c, request)))
				.param("number", "FTR-NEG")
				.param("date", PaymentFixtures.today().minusMonths(5).toString())
				.param("supplierVkn", "1234567890")
				.param("expenseItemId", String.valueOf(c.erp().expenseItemId()))
				.param("amountExclVat", "0")
				.param("vatAmount", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KDV hariç tutar 0,00 TL’den büyük olmalıdır (MADDE 15(9)).")))
			.andExpect(content().string(containsString("KDV negatif olamaz; faturada KDV yoksa 0 girin")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("En az 0"))))
			.andExpect(content().string(containsString("value=\"FTR-NEG\"")));

		this.payments.submit(c.applicant(), request.getId(), this.fixtures.version(c, request));
		this.fixtures.inspect(c, PaymentFixtures.today(), false);
		this.mvc
			.perform(post("/kosgeb/control/payments/requests/" + request.getId() + "/prepare").with(user(c.expert()))
				.with(csrf())
				.param("version", String.valueOf(this.fixtures.version(c, request)))
				.param("kosgebOverdueDebt", "0")
				.param("taxDebt", "-1.000,00")
				.param("sgkDebt", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Borç negatif olamaz; borç yoksa 0 girin.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("En az 0"))));
	}

	@Test
	void madde15_3_aRefusedInspectionPhotoIsExplainedNextToItsItemsPhotoField() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		String page = "/kosgeb/control/inspections/applications/" + c.applicationId();
		for (String[] upload : new String[][] { { "notlar.png", "not a picture", "yüklenemedi" },
				{ "tutanak.pdf", new String(LoanFixtures.PDF, java.nio.charset.StandardCharsets.US_ASCII),
						"Sunucu donanımı: fotoğraf PNG veya JPEG resim olmalıdır." } }) {
			this.mvc
				.perform(multipart(page)
					.file(new MockMultipartFile("lines[1].photos", upload[0], "image/png",
							upload[1].getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
					.with(user(c.expert()))
					.with(csrf())
					.param("visitDate", PaymentFixtures.today().toString())
					.param("lines[0].expenseItemId", String.valueOf(c.erp().expenseItemId()))
					.param("lines[0].brand", "Logo")
					.param("lines[0].model", "Tiger")
					.param("lines[0].serialNumber", "S-1")
					.param("lines[0].meetsSpec", "true")
					.param("lines[1].expenseItemId", String.valueOf(c.server().expenseItemId()))
					.param("lines[1].brand", "Dell")
					.param("lines[1].model", "R750")
					.param("lines[1].serialNumber", "S-2")
					.param("lines[1].meetsSpec", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("aria-describedby=\"photos-1-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers
					.matchesRegex("(?s).*<div class=\"invalid-feedback\" id=\"photos-1-error\">[^<]*" + upload[2]
							+ "[^<]*</div>.*")))
				.andExpect(content().string(containsString("value=\"S-2\"")));
		}
		assertThat(this.fixtures.inspections.inspections(c.applicationId())).isEmpty();
	}

	@Test
	void anApplicantGets404ForAnotherEnterprisesPayments_andStaffOfAnotherProvinceToo() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentFixtures.Case other = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, false, "0", "0", "0");
		this.payments.approve(c.manager(), request.getId(), request.getVersion());
		String page = "/kosgeb/application/payments/requests/" + request.getId();
		this.mvc.perform(get(page).with(user(other.applicant()))).andExpect(status().isNotFound());
		this.mvc.perform(get(page + "/oluru.pdf").with(user(other.applicant()))).andExpect(status().isNotFound());
		this.mvc.perform(get(page + "/form.pdf").with(user(other.applicant()))).andExpect(status().isNotFound());
		DestekUser elsewhere = ControlFixtures.from(this.context)
			.principal(ControlFixtures.from(this.context).staff(Role.UNIT_MANAGER, 24));
		this.mvc.perform(get("/kosgeb/control/payments/requests/" + request.getId()).with(user(elsewhere)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(page).with(user(c.applicant()))).andExpect(status().isOk());
	}

	@Test
	void managerApprovesTheOluru_applicantSeesPaidOffsetAndWithheldShareWithItsReason_ledgerExportsCsv()
			throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, true, "0", "6000,00".replace(',', '.'), "0");
		String staffPage = "/kosgeb/control/payments/requests/" + request.getId();
		this.mvc.perform(get(staffPage).with(user(c.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bellek 64 GB yerine 32 GB")));
		this.mvc
			.perform(post(staffPage + "/approve").with(user(c.manager()))
				.with(csrf())
				.param("version", String.valueOf(request.getVersion())))
			.andExpect(status().is3xxRedirection());
		Payment payment = this.payments.payment(c.manager(), request.getId());
		assertThat(payment.getPaidToTaxOffice()).isEqualByComparingTo("6000.00");

		this.mvc.perform(get("/kosgeb/application/payments").with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bellek 64 GB yerine 32 GB")))
			.andExpect(content().string(containsString("MADDE 15(4)")))
			.andExpect(content().string(containsString("6.000,00")));

		String today = PaymentFixtures.today().toString();
		MvcResult csv = this.mvc
			.perform(get("/kosgeb/control/payments/ledger.csv").with(user(c.manager()))
				.param("from", today)
				.param("to", today))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		String body = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF" + PaymentLedgerCsv.HEADER + "\r\n");
		String line = body.lines()
			.filter(l -> l.contains(";" + payment.getEnterpriseTaxNumber() + ";"))
			.findFirst()
			.orElseThrow();
		assertThat(line.split(";")).hasSize(16);
		assertThat(line).contains(payment.getEnterpriseTaxNumber())
			.contains(";6000,00;")
			.contains(";" + PaymentLedgerCsv.amount(payment.getPaidToEnterprise()) + ";")
			.contains(";" + PaymentLedgerCsv.amount(payment.getWithheld()) + ";");
		this.mvc.perform(get("/kosgeb/control/payments/ledger").with(user(c.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(payment.getEnterpriseTaxNumber())));
	}

	@Test
	void theFormsArePdfsWithTheirCodesAndTurkishLetters() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, true, "0", "0", "0");
		this.payments.approve(c.manager(), request.getId(), request.getVersion());
		String base = "/kosgeb/application/payments/requests/" + request.getId();
		assertThat(pdfText(base + "/form.pdf", c.applicant())).contains("FRM.34.00.08")
			.contains("Ödeme Talep Formu")
			.contains("KDV");
		assertThat(pdfText(base + "/oluru.pdf", c.applicant())).contains("FRM.34.00.10")
			.contains("Ödeme Oluru")
			.contains("Bellek 64 GB yerine 32 GB")
			.contains("İşletme hesabına");
		Long inspection = this.fixtures.inspections.inspections(c.applicationId()).get(0).getId();
		assertThat(pdfText("/kosgeb/control/inspections/" + inspection + "/pdf", c.expert())).contains("FRM.34.00.09")
			.contains("Tespit Tutanağı")
			.contains("Seri numarası")
			.contains("SRV-42");
	}

	@Test
	void expertRecordsAnInspectionOnThePage_aFailingItemWithoutANoteIsShownNextToTheField() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		String page = "/kosgeb/control/inspections/applications/" + c.applicationId();
		this.mvc.perform(get(page).with(user(c.expert())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sunucu donanımı")));
		this.mvc
			.perform(multipart(page).with(user(c.expert()))
				.with(csrf())
				.param("visitDate", PaymentFixtures.today().toString())
				.param("lines[0].expenseItemId", String.valueOf(c.loan().items().get(0).expenseItemId()))
				.param("lines[0].description", c.loan().items().get(0).description())
				.param("lines[0].brand", "Marka")
				.param("lines[0].model", "Model")
				.param("lines[0].serialNumber", "S-1")
				.param("lines[0].meetsSpec", "false")
				.param("lines[0].note", "")
				.param("lines[1].expenseItemId", String.valueOf(c.loan().items().get(1).expenseItemId()))
				.param("lines[1].description", c.loan().items().get(1).description())
				.param("lines[1].brand", "Marka")
				.param("lines[1].model", "Model")
				.param("lines[1].serialNumber", "S-2")
				.param("lines[1].meetsSpec", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Asgari teknik özellikleri sağlamayan kalem için eksikliği")))
			.andExpect(content().string(containsString("value=\"S-1\"")));
		this.mvc
			.perform(multipart(page)
				.file(new MockMultipartFile("lines[0].photos", "foto.png", "image/png",
						PaymentFixtures.png("foto.png").getBytes()))
				.file(new MockMultipartFile("lines[1].photos", "", "application/octet-stream", new byte[0]))
				.with(user(c.expert()))
				.with(csrf())
				.param("visitDate", PaymentFixtures.today().toString())
				.param("lines[0].expenseItemId", String.valueOf(c.loan().items().get(0).expenseItemId()))
				.param("lines[0].brand", "Marka")
				.param("lines[0].model", "Model")
				.param("lines[0].serialNumber", "S-1")
				.param("lines[0].meetsSpec", "true")
				.param("lines[1].expenseItemId", String.valueOf(c.loan().items().get(1).expenseItemId()))
				.param("lines[1].brand", "Marka")
				.param("lines[1].model", "Model")
				.param("lines[1].serialNumber", "S-2")
				.param("lines[1].meetsSpec", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/kosgeb/control/inspections/*"));
		Inspection recorded = this.fixtures.inspections.inspections(c.applicationId()).get(0);
		this.mvc.perform(get("/kosgeb/control/inspections/" + recorded.getId()).with(user(c.expert())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("foto.png")));
		assertThat(recorded.allPassed()).isTrue();
	}

	private String pdfText(String url, DestekUser viewer) throws Exception {
		byte[] pdf = this.mvc.perform(get(url).with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return text(pdf);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static BigDecimal tl(String amount) {
		return new BigDecimal(amount);
	}

}
