package tr.destek.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff journey of issue 3: the responsible staff member finds the assigned file in
 * the work queue and proposes a correction; the unit manager approves it and the
 * applicant gets 7 days (MADDE 9(2),(3)). The submitted application is created through
 * the service layer (the applicant's screens are tested on their own).
 */
class StaffControlBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void staffRequestsACorrectionAndTheManagerApprovesIt() {
		ControlFixtures fixtures = ControlFixtures.from(this.context);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserAccount expert = fixtures.staff(Role.RESPONSIBLE_STAFF, 58, "uzman-" + suffix + "@kosgeb.test",
				"Elif Uzman");
		UserAccount manager = fixtures.staff(Role.UNIT_MANAGER, 58, "mudur-" + suffix + "@kosgeb.test", "Murat Müdür");
		Long id = fixtures.submitted(58, "Sivas Hassas Makine " + suffix);
		KosgebApplication application = fixtures.load(id);
		assertThat(application.getAssignedStaffId()).isEqualTo(expert.getId());

		signIn(expert.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control");
		click(find(By.linkText(application.getReference())));
		assertThat(pageText()).contains("Sivas Hassas Makine " + suffix, "Başvuru Kontrol Tablosu", "Süresinde");
		click(find(By.cssSelector("input[name='proposal'][value='REQUEST_CORRECTION']")));
		click(find(By.cssSelector("input[name='parts'][value='DOCUMENTS']")));
		type("note", "Tedarikçi teklifleri yüklenmemiş; iki teklif yükleyin.");
		submit("send-proposal");
		assertThat(pageText()).contains("Öneri birim müdürünün onayına gönderildi", "Kontrol sonucu müdür onayında");
		signOut();

		signIn(manager.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control");
		click(find(By.id("approval-queue")));
		click(find(By.linkText(application.getReference())));
		assertThat(pageText()).contains("Düzeltmeye açılsın", "Tedarikçi teklifleri yüklenmemiş");
		submit("approve-proposal");
		submit("confirm-approve-proposal");
		assertThat(find(By.id("app-status")).getText()).isEqualTo("Düzeltme bekleniyor");
		assertThat(find(By.id("correction-deadline")).getText()).endsWith("23:59");
		assertThat(pageText()).contains("Öneri onaylandı", "Kontrol sonucu müdürce onaylandı");
		signOut();
	}

	/**
	 * Issue 10, point 2: the expert answers all 16 items and presses "Öneriyi müdür
	 * onayına gönder" without pressing "Tabloyu kaydet" first — the answers travel with
	 * the proposal and nothing is lost (MADDE 9(1),(2)).
	 */
	@Test
	void theControlTableIsSentWithTheProposalWithoutSavingItFirst() {
		ControlFixtures fixtures = ControlFixtures.from(this.context);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserAccount expert = fixtures.staff(Role.RESPONSIBLE_STAFF, 8, "uzman-" + suffix + "@kosgeb.test",
				"Deniz Uzman");
		fixtures.staff(Role.UNIT_MANAGER, 8, "mudur-" + suffix + "@kosgeb.test", "Selin Müdür");
		Long id = fixtures.submitted(8, "Zonguldak Maden Makine " + suffix);
		KosgebApplication application = fixtures.load(id);
		assertThat(application.getAssignedStaffId()).isEqualTo(expert.getId());

		signIn(expert.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control/" + id);
		java.util.List<org.openqa.selenium.WebElement> results = driver
			.findElements(By.cssSelector("select[id^='result-']"));
		assertThat(results).hasSize(16);
		for (org.openqa.selenium.WebElement result : results) {
			new org.openqa.selenium.support.ui.Select(result).selectByValue("CONFORMS");
		}
		click(find(By.cssSelector("input[name='proposal'][value='APPROVE_FOR_BOARD']")));
		submit("send-proposal");
		assertThat(pageText()).contains("Öneri birim müdürünün onayına gönderildi", "Kontrol sonucu müdür onayında");
		signOut();
	}

}
