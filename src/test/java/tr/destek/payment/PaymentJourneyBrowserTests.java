package tr.destek.payment;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tr.destek.browser.BrowserTest;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.loan.LoanFixtures;
import tr.destek.platform.MoneyFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's payment journey in the browser: the applicant requests the first quarter's
 * subsidy, the expert inspects with one item failing and prepares the Ödeme Oluru, the
 * unit manager approves, and the applicant sees the amount paid and the withheld share
 * with its reason (MADDE 15(1),(3),(4),(5)).
 */
class PaymentJourneyBrowserTests extends BrowserTest {

	static final java.util.Locale TURKISH = java.util.Locale.forLanguageTag("tr-TR");

	/** Ordu: no other test uses it. */
	static final int PROVINCE = 52;

	@Autowired
	ApplicationContext context;

	@Autowired
	PaymentService payments;

	@Test
	void applicantRequests_expertInspectsWithOneItemFailing_managerApproves_applicantSeesTheWithheldShare()
			throws Exception {
		PaymentFixtures fixtures = new PaymentFixtures(this.context);
		PaymentFixtures.Case c = fixtures.acceptedWithLoan(PROVINCE);
		Long loanId = c.loan().loanId();
		Path pdf = Files.createTempFile("belge", ".pdf");
		Files.write(pdf, LoanFixtures.PDF);

		signIn(c.applicant().getUsername(), PaymentFixtures.PASSWORD);
		// the application page says what comes after the acceptance and leads to the
		// payments (MADDE 14, 15(1)); the loan is disbursed, so it no longer asks for one
		// (issue 10, point 8)
		open("/kosgeb/application");
		assertThat(find(By.id("next-step")).getText()).contains("kullandırıldı")
			.contains("MADDE 15(1)")
			.doesNotContain("kredi başvurusu");
		submit("link-payments");
		select("quarter-" + loanId, "1");
		setDate("paidOn-" + loanId, c.loan().schedule().get(0).dueDate().toString());
		submit("open-" + loanId);
		for (String category : new String[] { "INSTALLMENT_PROOF", "BUSINESS_REPORT" }) {
			find(By.id("file-" + category)).sendKeys(pdf.toAbsolutePath().toString());
			submit("upload-" + category);
		}
		addInvoice("F-1001", c.erp().expenseItemId(), "1.200.000,00", "240.000,00", pdf);
		addInvoice("F-1002", c.server().expenseItemId(), "300.000,00", "60.000,00", pdf);
		assertThat(pageText()).contains("F-1001").contains("F-1002").contains("MADDE 15(9)");
		submit("submit-request");
		assertThat(find(By.id("request-status")).getText()).isEqualTo("Gönderildi, uzman incelemesinde");
		Long requestId = this.payments.overviewForApplicant(c.applicant())
			.schedules()
			.get(0)
			.requestFor(1)
			.orElseThrow()
			.getId();
		signOut();

		signIn(c.expert().getUsername(), ControlFixtures.PASSWORD);
		open("/kosgeb/control/inspections/applications/" + c.applicationId());
		setDate("visitDate", PaymentFixtures.today().toString());
		String[] serials = { "ERP-1", "SRV-1" };
		for (int k = 0; k < 2; k++) {
			type("line-" + k + "-brand", "Marka " + k);
			type("line-" + k + "-model", "Model " + k);
			type("line-" + k + "-serialNumber", serials[k]);
		}
		click(find(By.id("spec-0-yes")));
		click(find(By.id("spec-1-no")));
		type("lines1.note", "Bellek 64 GB yerine 32 GB");
		submit("record-inspection");
		assertThat(pageText()).contains("Tespit Tutanağı TT-");
		open("/kosgeb/control/payments/requests/" + requestId);
		type("kosgebOverdueDebt", "0");
		type("taxDebt", "0");
		type("sgkDebt", "0");
		submit("prepare-oluru");
		assertThat(find(By.id("request-status")).getText()).isEqualTo("Ödeme Oluru birim müdürü onayında");
		signOut();

		signIn(c.manager().getUsername(), ControlFixtures.PASSWORD);
		open("/kosgeb/control/payments/requests/" + requestId);
		assertThat(find(By.id("oluru-items")).getText()).contains("Bellek 64 GB yerine 32 GB");
		submit("approve-oluru");
		submit("confirm-approve-oluru");
		assertThat(find(By.id("request-status")).getText()).isEqualTo("Onaylandı, ödendi");
		signOut();

		Payment payment = this.payments.payment(c.manager(), requestId);
		signIn(c.applicant().getUsername(), PaymentFixtures.PASSWORD);
		open("/kosgeb/application/payments");
		assertThat(find(By.id("total-paid")).getText())
			.isEqualTo(MoneyFormat.format(payment.getPaidToEnterprise(), TURKISH));
		assertThat(find(By.id("total-withheld")).getText())
			.isEqualTo(MoneyFormat.format(payment.getWithheld(), TURKISH));
		assertThat(pageText()).contains("Sunucu donanımı")
			.contains("Bellek 64 GB yerine 32 GB")
			.contains("MADDE 15(4)")
			.contains("MADDE 18(12)");
	}

	private void addInvoice(String number, Long item, String amount, String vat, Path file) {
		type("number", number);
		setDate("date", PaymentFixtures.today().minusMonths(6).toString());
		type("supplierVkn", "1234567890");
		select("expenseItemId", String.valueOf(item));
		type("amountExclVat", amount);
		type("vatAmount", vat);
		find(By.id("invoice-file")).sendKeys(file.toAbsolutePath().toString());
		submit("add-invoice");
	}

}
