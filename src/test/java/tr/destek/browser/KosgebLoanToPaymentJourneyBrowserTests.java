package tr.destek.browser;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tr.destek.calendar.DeadlineCalendar;
import tr.destek.calendar.Delivery;
import tr.destek.calendar.PeriodUnit;
import tr.destek.credit.InterestSubsidySchedule;
import tr.destek.credit.InterestSubsidyService;
import tr.destek.credit.SubsidyQuarter;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.loan.BankDirectory;
import tr.destek.loan.LoanFixtures;
import tr.destek.platform.DestekTime;
import tr.destek.platform.MoneyFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's whole journey from the bank to the paid subsidy, in one browser test: the
 * bank officer records the loan application, an expense-group document and the allocation
 * per item (MADDE 14(3)(a),(b)); the responsible expert approves the allocation (MADDE
 * 14(3)(c)); the bank records the disbursement and sees the subsidy schedule (MADDE
 * 14(3)(d), 15(4)); the applicant sees its loan, requests the first quarter's subsidy
 * with invoices (VAT apart, MADDE 15(9)), the installment proof and the İşletme
 * Değerlendirme Raporu (MADDE 15(1),(2)); the expert records the Tespit Tutanağı with one
 * item failing and prepares the Ödeme Oluru with the debts (MADDE 15(3),(7), (19)); the
 * unit manager approves; the applicant sees what was paid, the withheld share with its
 * reason (MADDE 15(4)) and the asset lock (MADDE 18(12)).
 * <p>
 * Fixtures create only the people and the accepted application, whose first board
 * decision is registered six months ago (the programme period starts then, MADDE 6(5));
 * everything else happens on the real pages.
 */
class KosgebLoanToPaymentJourneyBrowserTests extends BrowserTest {

	/** Mardin: no other test uses it. */
	static final int PROVINCE = 47;

	static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	static final BigDecimal LOAN = new BigDecimal("1500000.00");

	static final BigDecimal ERP_PART = new BigDecimal("1200000.00");

	static final BigDecimal SERVER_PART = new BigDecimal("300000.00");

	static final String FAILURE = "Bellek 64 GB yerine 32 GB";

	/** The smallest PNG the document store accepts, for the inspection photo. */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
			0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89 };

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	BankDirectory banks;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	InterestSubsidyService subsidies;

	@Autowired
	DeadlineCalendar calendar;

	@Test
	void bankAllocatesAndDisburses_applicantRequestsQuarter1_expertInspectsOneItemFailing_managerApproves_applicantSeesPaidAndWithheld()
			throws IOException {
		LocalDate today = LocalDate.now(DestekTime.ZONE);
		LocalDate registryDate = today.minusMonths(6);
		LocalDate disbursementDate = today.minusMonths(4);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String title = "Mardin Dijital Tekstil " + suffix;

		// the people and the accepted application (board decision registered 6 months
		// ago)
		ControlFixtures control = ControlFixtures.from(this.context);
		Long applicationId = LoanFixtures.from(this.context).acceptedApplication(PROVINCE, title, registryDate);
		KosgebApplication application = this.applications.find(applicationId);
		UserAccount officer = this.users.createStaffWithPassword("banka-" + suffix + "@ziraat.test", "Ayşe Banka",
				EnumSet.of(Role.BANK_OFFICER), ControlFixtures.PASSWORD);
		this.banks.assign(officer.getId(), LoanFixtures.BANK);
		UserAccount expert = this.users.find(application.getAssignedStaffId()).orElseThrow();
		UserAccount manager = control.staff(Role.UNIT_MANAGER, PROVINCE, "mudur-" + suffix + "@kosgeb.test",
				"Şükrü Müdür");
		UserAccount applicant = this.users.createApplicant(application.getEnterpriseId(),
				"basvuru-" + suffix + "@example.com.tr", "İpek Başvuru", ControlFixtures.PASSWORD);
		Path pdf = Files.createTempFile("belge", ".pdf");
		Files.write(pdf, LoanFixtures.PDF);
		Path photo = Files.createTempFile("erp-ekran", ".png");
		Files.write(photo, PNG);

		// what the subsidy engine (calculations.md §1) gives for the loan below
		InterestSubsidySchedule expected = this.subsidies.schedule(LOAN, disbursementDate, 36, 0, null, null);
		SubsidyQuarter quarter1 = expected.quarters().get(0);
		LocalDate lastMaturity = expected.quarters().get(expected.quarters().size() - 1).dueDate();
		// MADDE 15(3),(4): the failing server's share of the quarter, by its financed
		// part
		BigDecimal withheld = quarter1.interest().multiply(SERVER_PART).divide(LOAN, 2, RoundingMode.HALF_UP);
		BigDecimal paid = quarter1.interest().subtract(withheld);

		// 1. the bank: loan application, expense-group document, allocation per item
		signIn(officer.getEmail(), ControlFixtures.PASSWORD);
		open("/bank/applications");
		click(find(By.linkText(application.getReference())));
		assertThat(pageText()).contains(title, "15.000.000,00 TL");
		type("bankReference", "KR-" + suffix);
		submit("apply-submit");
		assertThat(pageText()).contains("Kredi başvurusu kaydedildi");
		Long loanId = idAfter("/bank/loans/");
		find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		submit("upload-submit");
		assertThat(find(By.id("document-list")).getText()).contains("belge");
		type("amount", "1.500.000,00");
		type("lines0.amount", "1.200.000,00");
		type("lines1.amount", "300.000,00");
		submit("allocation-submit");
		assertThat(find(By.id("loan-status")).getText()).isEqualTo("Tahsis birim kontrolünde");
		signOut();

		// 2. the unit: the responsible expert checks the allocation against the support
		// base
		signIn(expert.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control/loans");
		click(find(By.cssSelector("#loan-queue a[href='/kosgeb/control/loans/" + loanId + "']")));
		assertThat(pageText()).contains("Tahsis desteklemeye esas tutarı aşmıyor.", "1.500.000,00 TL");
		// the approval cannot be withdrawn: a confirmation page first (issue 10 point 12)
		click(find(By.id("approve-loan")));
		assertThat(pageText()).contains("Bu tahsisi uygun buluyor musunuz?");
		submit("approve-submit");
		assertThat(find(By.id("loan-status")).getText()).isEqualTo("Tahsis uygun bulundu");
		signOut();

		// 3. the bank: the disbursement, within the programme period, and the schedule
		signIn(officer.getEmail(), ControlFixtures.PASSWORD);
		open("/bank/loans");
		click(find(By.cssSelector("a[href='/bank/loans/" + loanId + "']")));
		setDate("disbursementDate", disbursementDate.toString());
		type("termMonths", "36");
		select("graceMonths", "0");
		type("annualRate", "42,5");
		submit("disbursement-submit");
		assertThat(find(By.id("loan-status")).getText()).isEqualTo("Kredi kullandırıldı");
		assertThat(find(By.id("total-subsidy-" + loanId)).getText()).isEqualTo(money(expected.totalSubsidy()));
		assertThat(firstRow("schedule-" + loanId)).contains(DAY.format(quarter1.dueDate()), money(quarter1.interest()));
		signOut();

		// 4. the applicant: its loan, then the Ödeme Talep Formu of quarter 1
		signIn(applicant.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/application");
		submit("link-loans");
		assertThat(find(By.id("total-subsidy-" + loanId)).getText()).isEqualTo(money(expected.totalSubsidy()));
		assertThat(firstRow("schedule-" + loanId)).contains(DAY.format(quarter1.dueDate()), money(quarter1.interest()));
		open("/kosgeb/application");
		submit("link-payments");
		select("quarter-" + loanId, "1");
		setDate("paidOn-" + loanId, quarter1.dueDate().toString());
		submit("open-" + loanId);
		Long requestId = idAfter("/kosgeb/application/payments/requests/");
		assertThat(find(By.id("quarter-subsidy")).getText()).isEqualTo(money(quarter1.interest()));
		for (String category : new String[] { "INSTALLMENT_PROOF", "BUSINESS_REPORT" }) {
			find(By.id("file-" + category)).sendKeys(pdf.toAbsolutePath().toString());
			submit("upload-" + category);
			assertThat(find(By.id("doc-" + category)).getText()).startsWith("belge");
		}
		LocalDate invoiceDate = registryDate.plusMonths(1);
		addInvoice("MRD-1", "ERP yazılımı", "1.200.000,00", "240.000,00", invoiceDate, pdf);
		addInvoice("MRD-2", "Sunucu donanımı", "300.000,00", "60.000,00", invoiceDate, pdf);
		// MADDE 15(9): the amounts without VAT, the VAT apart and left out of the support
		assertThat(find(By.id("invoice-table")).getText()).contains("MRD-1", "1.200.000,00 TL", "240.000,00 TL")
			.contains("MRD-2", "300.000,00 TL", "60.000,00 TL");
		assertThat(find(By.id("supported-amount")).getText()).isEqualTo("1.500.000,00 TL");
		assertThat(find(By.id("vat-excluded")).getText()).contains("300.000,00 TL", "MADDE 15(9)");
		assertThat(find(By.id("check-invoice-dates")).getText()).contains("MADDE 15(17)");
		submit("submit-request");
		assertThat(find(By.id("request-status")).getText()).isEqualTo("Gönderildi, uzman incelemesinde");
		signOut();

		// 5. the expert: the Tespit Tutanağı with the server failing, then the Ödeme
		// Oluru
		signIn(expert.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control/payments");
		click(find(By.cssSelector("#payment-queue a[href='/kosgeb/control/payments/requests/" + requestId + "']")));
		submit("inspections-link");
		setDate("visitDate", today.minusDays(1).toString());
		String[][] findings = { { "Logo", "Tiger 3", "ERP-" + suffix }, { "Dell", "R750", "SRV-" + suffix } };
		for (int k = 0; k < findings.length; k++) {
			type("line-" + k + "-brand", findings[k][0]);
			type("line-" + k + "-model", findings[k][1]);
			type("line-" + k + "-serialNumber", findings[k][2]);
		}
		find(By.id("photos-0")).sendKeys(photo.toAbsolutePath().toString());
		click(find(By.id("spec-0-yes")));
		click(find(By.id("spec-1-no")));
		type("lines1.note", FAILURE);
		submit("record-inspection");
		assertThat(pageText()).contains("Tespit Tutanağı TT-");
		assertThat(find(By.id("inspection-items")).getText()).contains("SRV-" + suffix, FAILURE, "erp-ekran");
		open("/kosgeb/control/payments/requests/" + requestId);
		type("kosgebOverdueDebt", "0");
		type("taxDebt", "0,00");
		type("sgkDebt", "0");
		submit("prepare-oluru");
		assertThat(find(By.id("request-status")).getText()).isEqualTo("Ödeme Oluru birim müdürü onayında");
		assertThat(find(By.id("total-withheld")).getText()).isEqualTo(money(withheld));
		assertThat(find(By.id("to-enterprise")).getText()).isEqualTo(money(paid));
		signOut();

		// 6. the unit manager approves the Ödeme Oluru
		signIn(manager.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control/payments");
		click(find(By.cssSelector("#payment-queue a[href='/kosgeb/control/payments/requests/" + requestId + "']")));
		assertThat(find(By.id("oluru-items")).getText()).contains("Sunucu donanımı", FAILURE, "MADDE 15(4)");
		submit("approve-oluru");
		submit("confirm-approve-oluru");
		assertThat(find(By.id("request-status")).getText()).isEqualTo("Onaylandı, ödendi");
		signOut();

		// 7. the applicant: paid, withheld with its reason, asset lock
		signIn(applicant.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/application/payments");
		assertThat(find(By.id("total-paid")).getText()).isEqualTo(money(paid));
		assertThat(find(By.id("total-withheld")).getText()).isEqualTo(money(withheld));
		assertThat(find(By.id("total-offset")).getText()).isEqualTo("0,00 TL");
		assertThat(firstRow("quarters-" + loanId)).contains("Onaylandı, ödendi", money(paid), money(withheld));
		assertThat(find(By.cssSelector("[id^='withheld-']")).getText()).contains("Sunucu donanımı", money(withheld),
				"MADDE 15(4)", FAILURE);
		LocalDate lockUntil = this.calendar.deadline(lastMaturity, 1, PeriodUnit.YEARS, Delivery.ELECTRONIC).lastDay();
		assertThat(find(By.id("asset-lock-" + loanId)).getText()).contains(DAY.format(lockUntil), "MADDE 18(12)");
		assertThat(lockUntil).isEqualTo(lastMaturity.plusYears(1));
		// the request itself shows the approved Ödeme Oluru line by line
		click(find(By.cssSelector(
				"#quarters-" + loanId + " a[href='/kosgeb/application/payments/requests/" + requestId + "']")));
		assertThat(find(By.id("oluru-items")).getText()).contains("Sunucu donanımı", FAILURE, "MADDE 15(4)");
		assertThat(find(By.id("to-enterprise")).getText()).isEqualTo(money(paid));
		assertThat(find(By.id("asset-lock")).getText()).contains(DAY.format(lockUntil));
		signOut();
	}

	private void addInvoice(String number, String item, String amount, String vat, LocalDate date, Path file) {
		type("number", number);
		setDate("date", date.toString());
		type("supplierVkn", "1234567890");
		new org.openqa.selenium.support.ui.Select(find(By.id("expenseItemId"))).selectByVisibleText(item);
		type("amountExclVat", amount);
		type("vatAmount", vat);
		find(By.id("invoice-file")).sendKeys(file.toAbsolutePath().toString());
		submit("add-invoice");
	}

	/** The text of the first body row of a table. */
	private String firstRow(String tableId) {
		return find(By.cssSelector("#" + tableId + " tbody tr")).getText();
	}

	/** The id in the current address right after the given path. */
	private Long idAfter(String path) {
		Matcher matcher = Pattern.compile(Pattern.quote(path) + "(\\d+)").matcher(driver.getCurrentUrl());
		assertThat(matcher.find()).as(driver.getCurrentUrl()).isTrue();
		return Long.valueOf(matcher.group(1));
	}

	private static String money(BigDecimal amount) {
		return MoneyFormat.format(amount, TURKISH);
	}

}
