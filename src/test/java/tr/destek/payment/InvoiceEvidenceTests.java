package tr.destek.payment;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.document.DocumentRef;
import tr.destek.document.DocumentStore;
import tr.destek.loan.LoanFixtures;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invoice scans as evidence (issue #9): an invoice's file is linked to it, shown and
 * downloadable for the applicant and the unit's expert, can be removed only through the
 * caller's own editable request, and an Ödeme Oluru needs every invoice's file (MADDE
 * 15(2),(3)).
 */
@IntegrationTest
class InvoiceEvidenceTests {

	/** Kırşehir: no other test uses it. */
	static final int PROVINCE = 40;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	PaymentService payments;

	@Autowired
	DocumentStore documents;

	PaymentFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new PaymentFixtures(this.context);
	}

	private List<DocumentRef> files(Invoice invoice) {
		return this.documents.list(Invoice.DOCUMENT_OWNER, String.valueOf(invoice.getId()));
	}

	@Test
	void anInvoiceAddedWithItsPdfShowsItsFileLinkAndDownloadsForTheApplicantAndTheUnitsExpert() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.payments.open(c.applicant(), c.loan().loanId(), 1,
				c.loan().schedule().get(0).dueDate());
		String page = "/kosgeb/application/payments/requests/" + request.getId();
		this.mvc
			.perform(multipart(page + "/invoices")
				.file(new MockMultipartFile("file", "fatura-77.pdf", "application/pdf", LoanFixtures.PDF))
				.with(user(c.applicant()))
				.with(csrf())
				.param("version", String.valueOf(request.getVersion()))
				.param("number", "FTR-77")
				.param("date", PaymentFixtures.today().minusMonths(5).toString())
				.param("supplierVkn", "1234567890")
				.param("expenseItemId", String.valueOf(c.erp().expenseItemId()))
				.param("amountExclVat", "1.000,00")
				.param("vatAmount", "200,00"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccessKey", "payment.invoice.added"));

		Invoice invoice = this.payments.view(c.applicant(), request.getId()).request().getInvoices().get(0);
		List<DocumentRef> files = files(invoice);
		assertThat(files).hasSize(1);
		Long documentId = files.get(0).id();
		this.mvc.perform(get(page).with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("href=\"/kosgeb/application/payments/documents/" + documentId + "\"")))
			.andExpect(content().string(containsString("fatura-77.pdf")));
		this.mvc.perform(get("/kosgeb/application/payments/documents/" + documentId).with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));

		this.payments.upload(c.applicant(), request.getId(), this.fixtures.version(c, request), PaymentService.PROOF,
				PaymentFixtures.pdf("dekont.pdf"));
		this.payments.upload(c.applicant(), request.getId(), this.fixtures.version(c, request), PaymentService.REPORT,
				PaymentFixtures.pdf("idr.pdf"));
		this.payments.submit(c.applicant(), request.getId(), this.fixtures.version(c, request));
		this.mvc.perform(get("/kosgeb/control/payments/requests/" + request.getId()).with(user(c.expert())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("href=\"/kosgeb/control/payments/documents/" + documentId + "\"")));
		this.mvc.perform(get("/kosgeb/control/payments/documents/" + documentId).with(user(c.expert())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void anotherEnterprisesInvoiceUnderTheCallersOwnRequestIs404_andThatInvoiceAndItsFileStay() throws Exception {
		PaymentFixtures.Case a = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentFixtures.Case b = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest ofA = this.fixtures.completeDraft(a, 1);
		Invoice invoiceOfA = ofA.getInvoices().get(0);
		assertThat(files(invoiceOfA)).hasSize(1);
		PaymentRequest ofB = this.payments.open(b.applicant(), b.loan().loanId(), 1,
				b.loan().schedule().get(0).dueDate());

		this.mvc
			.perform(post("/kosgeb/application/payments/requests/" + ofB.getId() + "/invoices/" + invoiceOfA.getId()
					+ "/remove")
				.with(user(b.applicant()))
				.with(csrf())
				.param("version", String.valueOf(ofB.getVersion())))
			.andExpect(status().isNotFound());

		assertThat(this.payments.view(a.applicant(), ofA.getId()).request().getInvoices()).extracting(Invoice::getId)
			.contains(invoiceOfA.getId());
		assertThat(files(invoiceOfA)).hasSize(1);
		assertThatThrownBy(() -> this.payments.removeInvoice(b.applicant(), ofB.getId(), this.fixtures.version(b, ofB),
				invoiceOfA.getId()))
			.isInstanceOf(tr.destek.platform.NotFoundException.class);
	}

	@Test
	void anInvoiceOfASubmittedOrApprovedRequestCannotBeRemoved_itAndItsFileStay() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.prepared(c, 1, false, "0", "0", "0");
		Invoice invoice = request.getInvoices().get(0);
		String remove = "/kosgeb/application/payments/requests/" + request.getId() + "/invoices/" + invoice.getId()
				+ "/remove";
		this.mvc
			.perform(post(remove).with(user(c.applicant()))
				.with(csrf())
				.param("version", String.valueOf(this.fixtures.version(c, request))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("Fatura yalnız taslak")));
		this.payments.approve(c.manager(), request.getId(), this.fixtures.version(c, request));
		this.mvc
			.perform(post(remove).with(user(c.applicant()))
				.with(csrf())
				.param("version", String.valueOf(this.fixtures.version(c, request))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("Fatura yalnız taslak")));
		assertThat(this.payments.view(c.applicant(), request.getId()).request().getInvoices()).hasSize(2);
		assertThat(files(invoice)).hasSize(1);
	}

	@Test
	void madde15_2_15_3_theOluruIsRefusedWhileAnInvoiceHasNoFile_andTheStaffPageSaysSo() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.completeDraft(c, 1);
		this.payments.submit(c.applicant(), request.getId(), this.fixtures.version(c, request));
		this.fixtures.inspect(c, PaymentFixtures.today().minusDays(1), false);
		Invoice invoice = request.getInvoices().get(1);
		// an invoice whose scan was lost (as the invoices stored before V64 were)
		files(invoice).forEach(d -> this.documents.remove(d.id()));

		assertThatThrownBy(() -> this.payments.prepare(c.expert(), request.getId(), this.fixtures.version(c, request),
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
			.isInstanceOfSatisfying(PaymentRuleException.class, ex -> {
				assertThat(ex.getMessageKey()).isEqualTo("payment.oluru.invoice-file-missing");
				assertThat(ex.getArguments()).containsExactly(invoice.getNumber());
			});
		this.mvc.perform(get("/kosgeb/control/payments/requests/" + request.getId()).with(user(c.expert())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"invoice-file-missing-" + invoice.getId() + "\"")))
			.andExpect(content().string(containsString("Fatura dosyası eksik")));
		this.mvc
			.perform(post("/kosgeb/control/payments/requests/" + request.getId() + "/prepare").with(user(c.expert()))
				.with(csrf())
				.param("version", String.valueOf(this.fixtures.version(c, request)))
				.param("kosgebOverdueDebt", "0")
				.param("taxDebt", "0")
				.param("sgkDebt", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MADDE 15(2)")))
			.andExpect(content().string(containsString(invoice.getNumber())));
		assertThat(this.payments.view(c.expert(), request.getId()).request().getStatus())
			.isEqualTo(PaymentRequestStatus.SUBMITTED);
	}

	@Test
	void madde15_2_theApplicantAddsAMissingInvoiceFileOnASubmittedRequest_thenTheOluruIsPrepared() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentFixtures.Case other = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.fixtures.completeDraft(c, 1);
		this.payments.submit(c.applicant(), request.getId(), this.fixtures.version(c, request));
		this.fixtures.inspect(c, PaymentFixtures.today().minusDays(1), false);
		Invoice invoice = request.getInvoices().get(0);
		files(invoice).forEach(d -> this.documents.remove(d.id()));
		String url = "/kosgeb/application/payments/requests/" + request.getId() + "/invoices/" + invoice.getId()
				+ "/file";
		this.mvc.perform(get("/kosgeb/application/payments/requests/" + request.getId()).with(user(c.applicant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"add-invoice-file-" + invoice.getId() + "\"")));

		this.mvc
			.perform(multipart(url)
				.file(new MockMultipartFile("file", "yeniden.pdf", "application/pdf", LoanFixtures.PDF))
				.with(user(other.applicant()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart(url)
				.file(new MockMultipartFile("file", "yeniden.pdf", "application/pdf", LoanFixtures.PDF))
				.with(user(c.applicant()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccessKey", "payment.invoice.file.added"));
		assertThat(files(invoice)).extracting(DocumentRef::filename).containsExactly("yeniden.pdf");
		// an existing scan is never replaced
		this.mvc
			.perform(
					multipart(url).file(new MockMultipartFile("file", "baska.pdf", "application/pdf", LoanFixtures.PDF))
						.with(user(c.applicant()))
						.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("zaten var")));

		this.payments.prepare(c.expert(), request.getId(), this.fixtures.version(c, request), BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO);
		assertThat(this.payments.view(c.expert(), request.getId()).request().getStatus())
			.isEqualTo(PaymentRequestStatus.PREPARED);
	}

	@Test
	void issue10_aValidationErrorKeepsTheChosenInvoiceFile_theNextSubmitUsesIt_andNobodyElseCan() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentFixtures.Case other = this.fixtures.acceptedWithLoan(PROVINCE);
		PaymentRequest request = this.payments.open(c.applicant(), c.loan().loanId(), 1,
				c.loan().schedule().get(0).dueDate());
		String page = "/kosgeb/application/payments/requests/" + request.getId();
		String body = this.mvc
			.perform(multipart(page + "/invoices")
				.file(new MockMultipartFile("file", "fatura-kept.pdf", "application/pdf", LoanFixtures.PDF))
				.with(user(c.applicant()))
				.with(csrf())
				.param("version", String.valueOf(request.getVersion()))
				.param("number", "FTR-88")
				.param("date", PaymentFixtures.today().minusMonths(5).toString())
				.param("supplierVkn", "123")
				.param("expenseItemId", String.valueOf(c.erp().expenseItemId()))
				.param("amountExclVat", "1.000,00")
				.param("vatAmount", "200,00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("VKN 10, TCKN 11 haneli olmalıdır.")))
			.andExpect(content().string(containsString("id=\"kept-file\"")))
			.andExpect(content().string(containsString("fatura-kept.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher kept = java.util.regex.Pattern.compile("name=\"keptFileId\" value=\"(\\d+)\"")
			.matcher(body);
		assertThat(kept.find()).isTrue();
		String keptId = kept.group(1);

		// another applicant cannot use that reference: it is not his
		PaymentRequest otherRequest = this.payments.open(other.applicant(), other.loan().loanId(), 1,
				other.loan().schedule().get(0).dueDate());
		this.mvc
			.perform(multipart("/kosgeb/application/payments/requests/" + otherRequest.getId() + "/invoices")
				.with(user(other.applicant()))
				.with(csrf())
				.param("version", String.valueOf(otherRequest.getVersion()))
				.param("keptFileId", keptId)
				.param("number", "FTR-99")
				.param("date", PaymentFixtures.today().minusMonths(5).toString())
				.param("supplierVkn", "1234567890")
				.param("expenseItemId", String.valueOf(other.erp().expenseItemId()))
				.param("amountExclVat", "1.000,00")
				.param("vatAmount", "200,00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fatura dosyasını yükleyin.")));

		this.mvc
			.perform(multipart(page + "/invoices").with(user(c.applicant()))
				.with(csrf())
				.param("version", String.valueOf(request.getVersion()))
				.param("keptFileId", keptId)
				.param("number", "FTR-88")
				.param("date", PaymentFixtures.today().minusMonths(5).toString())
				.param("supplierVkn", "1234567890")
				.param("expenseItemId", String.valueOf(c.erp().expenseItemId()))
				.param("amountExclVat", "1.000,00")
				.param("vatAmount", "200,00"))
			.andExpect(status().is3xxRedirection());
		Invoice invoice = this.payments.view(c.applicant(), request.getId()).request().getInvoices().get(0);
		assertThat(files(invoice)).extracting(DocumentRef::filename).containsExactly("fatura-kept.pdf");
		assertThat(this.documents.find(Long.valueOf(keptId))).isEmpty();
	}

	@Test
	void issue10_aValidationErrorOnTheTespitTutanagiKeepsTheChosenPhotos_theNextSubmitRecordsThem() throws Exception {
		PaymentFixtures.Case c = this.fixtures.acceptedWithLoan(PROVINCE);
		String page = "/kosgeb/control/inspections/applications/" + c.applicationId();
		String body = this.mvc
			.perform(multipart(page)
				.file(new MockMultipartFile("lines[0].photos", "foto.png", "image/png",
						PaymentFixtures.png("foto.png").getBytes()))
				.with(user(c.expert()))
				.with(csrf())
				.param("visitDate", PaymentFixtures.today().toString())
				.param("lines[0].expenseItemId", String.valueOf(c.loan().items().get(0).expenseItemId()))
				.param("lines[0].brand", "Marka")
				.param("lines[0].model", "Model")
				.param("lines[0].serialNumber", "S-1")
				.param("lines[0].meetsSpec", "false")
				.param("lines[0].note", "")
				.param("lines[1].expenseItemId", String.valueOf(c.loan().items().get(1).expenseItemId()))
				.param("lines[1].brand", "Marka")
				.param("lines[1].model", "Model")
				.param("lines[1].serialNumber", "S-2")
				.param("lines[1].meetsSpec", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"photos-0-kept\"")))
			.andExpect(content().string(containsString("foto.png")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher kept = java.util.regex.Pattern
			.compile("name=\"lines\\[0\\]\\.keptPhotoIds\" value=\"(\\d+)\"")
			.matcher(body);
		assertThat(kept.find()).isTrue();

		this.mvc
			.perform(multipart(page).with(user(c.expert()))
				.with(csrf())
				.param("visitDate", PaymentFixtures.today().toString())
				.param("lines[0].expenseItemId", String.valueOf(c.loan().items().get(0).expenseItemId()))
				.param("lines[0].brand", "Marka")
				.param("lines[0].model", "Model")
				.param("lines[0].serialNumber", "S-1")
				.param("lines[0].meetsSpec", "false")
				.param("lines[0].note", "Lisans sayısı eksik")
				.param("lines[0].keptPhotoIds", kept.group(1))
				.param("lines[1].expenseItemId", String.valueOf(c.loan().items().get(1).expenseItemId()))
				.param("lines[1].brand", "Marka")
				.param("lines[1].model", "Model")
				.param("lines[1].serialNumber", "S-2")
				.param("lines[1].meetsSpec", "true"))
			.andExpect(status().is3xxRedirection());
		Inspection recorded = this.fixtures.inspections.inspections(c.applicationId()).get(0);
		this.mvc.perform(get("/kosgeb/control/inspections/" + recorded.getId()).with(user(c.expert())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("foto.png")));
		assertThat(this.documents.find(Long.valueOf(kept.group(1)))).isEmpty();
	}

}
