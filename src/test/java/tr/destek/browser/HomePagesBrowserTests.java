package tr.destek.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.enterprise.FiscalYearFigures;
import tr.destek.enterprise.LegalForm;
import tr.destek.enterprise.ProfileChange;
import tr.destek.enterprise.Registration;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.kosgeb.ControlFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, points 6 and 8 in a real browser: a software firm learns on its home page,
 * before any draft, why KOBİ Dijital Dönüşüm does not fit it (MADDE 7(3)) and that HİSER
 * and SAYEM are not open yet; a unit manager's home page shows the unit's files per
 * state, the overdue first, and a weekly chart drawn without inline styles or scripts.
 * Province 55 only.
 */
class HomePagesBrowserTests extends BrowserTest {

	static final String PASSWORD = "Ana-Sayfa-Tarayici-2026";

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	ApplicationContext context;

	@Test
	void aSoftwareFirmSeesOnItsHomePageWhyTheProgrammeDoesNotFitBeforeStartingADraft() throws Exception {
		String email = "yazilim-" + UUID.randomUUID() + "@ornek-yazilim.com.tr";
		String title = "Samsun Yazılım " + UUID.randomUUID().toString().substring(0, 8) + " A.Ş.";
		Long id = this.enterprises
			.signUp(new Registration(Enterprises.randomVkn(), title, LegalForm.JOINT_STOCK, LocalDate.of(2016, 2, 1),
					(short) 55, "62.01"), email, "Deniz Kaya", PASSWORD)
			.enterprise()
			.getId();
		long version = this.enterprises.find(id).orElseThrow().getVersion();
		this.enterprises.updateProfile(id, version,
				new ProfileChange(title, (short) 55, "İlkadım/Samsun", "62.01", this.enterprises.today().minusMonths(1),
						new BigDecimal("100"), false, false, false, 0, false, false, false, 2, null));
		for (int year = 2023; year <= 2025; year++) {
			this.enterprises.saveFiscalYear(id, new FiscalYearFigures(year, 30, new BigDecimal("30000000.00"),
					new BigDecimal("20000000.00"), new BigDecimal("3000000.00"), new BigDecimal("9000000.00")));
		}

		signIn(email, PASSWORD);
		assertThat(driver.getCurrentUrl()).endsWith("/dashboard");
		assertThat(find(By.id("precheck-KOSGEB_DT")).getAttribute("data-fits")).isEqualTo("false");
		assertThat(find(By.id("precheck-KOSGEB_DT-nace-section-c")).getText()).contains("62.01")
			.contains("Kısım C")
			.contains("MADDE 7(3)");
		assertThat(driver.findElements(By.id("dashboard-apply"))).isEmpty();
		assertThat(find(By.id("programme-HISER")).getText()).contains("Henüz başvuruya açık değil");
		assertThat(find(By.id("programme-SAYEM_1833")).getText()).contains("Henüz başvuruya açık değil");
		signOut();
	}

	@Test
	void aUnitManagerSeesTheUnitsWorkOnTheHomePage() throws Exception {
		ControlFixtures control = ControlFixtures.from(this.context);
		UserAccount manager = control.staff(Role.UNIT_MANAGER, 55, "mudur-" + UUID.randomUUID() + "@kosgeb.test",
				"Birim Müdürü Samsun");
		Long submitted = control.submitted(55, "Tarayıcı Test İmalat " + UUID.randomUUID());
		String reference = control.load(submitted).getReference();

		signIn(manager.getEmail(), ControlFixtures.PASSWORD);
		assertThat(Integer.parseInt(find(By.id("work-open")).getAttribute("data-count"))).isGreaterThanOrEqualTo(1);
		assertThat(find(By.id("work-due")).getText()).contains(reference).contains("Tarayıcı Test İmalat");
		assertThat(find(By.id("chart-files-per-week")).isDisplayed()).isTrue();
		signOut();
	}

}
