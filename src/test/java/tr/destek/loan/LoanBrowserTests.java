package tr.destek.loan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tr.destek.browser.BrowserTest;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loan journey of MADDE 14(3) in the browser: the bank officer records the loan
 * application, a document and the allocation; the unit manager approves it; the bank
 * records the disbursement; the applicant sees the subsidy schedule.
 */
class LoanBrowserTests extends BrowserTest {

	static final int PROVINCE = 29;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	BankDirectory banks;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	BankLoanService bank;

	@Test
	void theBankAllocatesTheUnitApprovesTheBankDisbursesAndTheApplicantSeesTheSchedule() throws IOException {
		LoanFixtures fixtures = LoanFixtures.from(this.context);
		ControlFixtures control = ControlFixtures.from(this.context);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Long application = fixtures.acceptedApplication(PROVINCE, "Tokat Dijital Makine " + suffix);
		String reference = this.applications.find(application).getReference();
		UserAccount officer = this.users.createStaffWithPassword("banka-" + suffix + "@ziraat.test", "Cem Banka",
				EnumSet.of(Role.BANK_OFFICER), ControlFixtures.PASSWORD);
		this.banks.assign(officer.getId(), "ZIRAAT");
		UserAccount manager = control.staff(Role.UNIT_MANAGER, PROVINCE, "mudur-" + suffix + "@kosgeb.test",
				"Murat Müdür");
		UserAccount applicant = this.users.createApplicant(this.applications.find(application).getEnterpriseId(),
				"basvuru-" + suffix + "@example.com.tr", "Kemal Başvuru", ControlFixtures.PASSWORD);
		Path pdf = Files.createTempFile("gider-grubu", ".pdf");
		Files.write(pdf, LoanFixtures.PDF);

		signIn(officer.getEmail(), ControlFixtures.PASSWORD);
		open("/bank/applications");
		click(find(By.linkText(reference)));
		assertThat(pageText()).contains("Tokat Dijital Makine " + suffix, "15.000.000,00 TL");
		type("bankReference", "KR-" + suffix);
		submit("apply-submit");
		assertThat(pageText()).contains("Kredi başvurusu kaydedildi");
		find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		submit("upload-submit");
		assertThat(find(By.id("document-list")).getText()).contains("gider-grubu");
		type("amount", "10.000.000,00");
		type("lines0.amount", "8.000.000,00");
		type("lines1.amount", "2.000.000,00");
		submit("allocation-submit");
		assertThat(find(By.id("loan-status")).getText()).isEqualTo("Tahsis birim kontrolünde");
		String loanId = String.valueOf(this.bank.loans("ZIRAAT")
			.stream()
			.filter(l -> l.getApplicationId().equals(application))
			.findFirst()
			.orElseThrow()
			.getId());
		signOut();

		signIn(manager.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control/loans");
		click(find(By.cssSelector("#loan-queue a[href='/kosgeb/control/loans/" + loanId + "']")));
		assertThat(pageText()).contains("Tahsis desteklemeye esas tutarı aşmıyor.", "10.000.000,00 TL");
		// the approval cannot be withdrawn: a confirmation page first (issue 10 point 12)
		click(find(By.id("approve-loan")));
		assertThat(pageText()).contains("Bu tahsisi uygun buluyor musunuz?");
		submit("approve-submit");
		assertThat(find(By.id("loan-status")).getText()).isEqualTo("Tahsis uygun bulundu");
		signOut();

		signIn(officer.getEmail(), ControlFixtures.PASSWORD);
		open("/bank/loans/" + loanId);
		setDate("disbursementDate", LocalDate.now(DestekTime.ZONE).toString());
		type("termMonths", "36");
		select("graceMonths", "6");
		type("annualRate", "45");
		submit("disbursement-submit");
		assertThat(find(By.id("loan-status")).getText()).isEqualTo("Kredi kullandırıldı");
		assertThat(find(By.id("total-subsidy-" + loanId)).getText()).isEqualTo("3.950.457,50 TL");
		signOut();

		signIn(applicant.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/application/loans");
		assertThat(find(By.id("total-subsidy-" + loanId)).getText()).isEqualTo("3.950.457,50 TL");
		assertThat(find(By.id("schedule-" + loanId)).getText()).contains("500.000,00 TL");
		signOut();
	}

}
