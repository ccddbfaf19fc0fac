package tr.destek.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole control journey of issue 3 in the browser: the applicant submits; the
 * responsible staff member requests a correction; the unit manager approves it (MADDE
 * 9(2),(3)); the applicant fixes the opened part and resubmits; the staff member
 * completes the Başvuru Kontrol Tablosu and proposes the board; the manager approves and
 * the file is READY_FOR_BOARD.
 */
class KosgebControlJourneyBrowserTests extends KosgebBrowserTest {

	/**
	 * Osmaniye: a province unit no other test uses, so that assignment is predictable.
	 */
	static final short PROVINCE = 80;

	@Autowired
	ApplicationContext context;

	@Autowired
	EnterpriseService enterprises;

	@Test
	void correctionRequestedApprovedFixedResubmittedAndApprovedForTheBoard() throws Exception {
		ControlFixtures fixtures = ControlFixtures.from(this.context);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserAccount expert = fixtures.staff(Role.RESPONSIBLE_STAFF, PROVINCE, "uzman-" + suffix + "@kosgeb.test",
				"Osmaniye Uzmanı");
		UserAccount manager = fixtures.staff(Role.UNIT_MANAGER, PROVINCE, "mudur-" + suffix + "@kosgeb.test",
				"Osmaniye Müdürü");
		String applicant = KosgebApplicants.qualifying(this.enterprises, PROVINCE);

		// the applicant drafts and submits
		signIn(applicant, KosgebApplicants.PASSWORD);
		fill();
		open("/kosgeb/application/submit");
		click(find(By.id("approved1")));
		submit("submit-application");
		assertThat(find(By.id("application-status")).getText()).isEqualTo("Kontrolde");
		String reference = find(By.id("application-reference")).getText();
		signOut();

		// the expert asks for more supplier offers
		signIn(expert.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control");
		click(find(By.linkText(reference)));
		click(find(By.cssSelector("input[name='proposal'][value='REQUEST_CORRECTION']")));
		click(find(By.cssSelector("input[name='parts'][value='DOCUMENTS']")));
		type("note", "İkinci bir tedarikçi teklifi yükleyin.");
		submit("send-proposal");
		signOut();

		// the manager approves the correction: 7 days for the applicant
		signIn(manager.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control");
		click(find(By.linkText(reference)));
		submit("approve-proposal");
		submit("confirm-approve-proposal");
		assertThat(find(By.id("app-status")).getText()).isEqualTo("Düzeltme bekleniyor");
		signOut();

		// the applicant sees what to fix, uploads the offer and resubmits
		signIn(applicant, KosgebApplicants.PASSWORD);
		open("/kosgeb/application");
		assertThat(pageText()).contains("İkinci bir tedarikçi teklifi yükleyin.");
		open("/kosgeb/application/edit");
		Path pdf = Files.createTempFile("teklif", ".pdf");
		Files.write(pdf, KosgebApplicants.pdf());
		select("category", "SUPPLIER_OFFERS");
		driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		submit("upload-submit");
		open("/kosgeb/application/submit");
		click(find(By.id("approved1")));
		submit("submit-application");
		signOut();

		// the expert completes the table and proposes the board; the manager approves
		signIn(expert.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control");
		click(find(By.linkText(reference)));
		List<WebElement> results = driver.findElements(By.cssSelector("select[id^='result-']"));
		assertThat(results).hasSize(16);
		for (WebElement result : results) {
			new Select(result).selectByValue("CONFORMS");
		}
		submit("save-checks");
		click(find(By.cssSelector("input[name='proposal'][value='APPROVE_FOR_BOARD']")));
		submit("send-proposal");
		signOut();

		signIn(manager.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control");
		click(find(By.linkText(reference)));
		submit("approve-proposal");
		submit("confirm-approve-proposal");
		assertThat(find(By.id("app-status")).getText()).isEqualTo("Kurula sunulmaya hazır");
		signOut();

		signIn(applicant, KosgebApplicants.PASSWORD);
		open("/kosgeb/application");
		assertThat(find(By.id("application-status")).getText()).isEqualTo("Kurula sunulmaya hazır");
		signOut();
	}

}
