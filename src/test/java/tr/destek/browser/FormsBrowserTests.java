package tr.destek.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

import tr.destek.enterprise.EnterpriseService;
import tr.destek.kosgeb.KosgebApplicants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 points 3 and 11 in a real browser, on the long KOSGEB application form: saving
 * the bank keeps the report typed but not saved; a refused item comes back with the error
 * summary at the top holding the focus, its links moving the focus to the field, and
 * everything typed kept; text limits are stated and counted before submitting; a second
 * tab that saves a stale form gets the conflict page (409) with its input and the current
 * bank. Red before: the report was lost on saving the bank, the errors were ~1.000 px
 * below with the focus on the body, and the second tab lost its input.
 */
class FormsBrowserTests extends BrowserTest {

	@Autowired
	EnterpriseService enterprises;

	private String activeId() {
		return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement.id;");
	}

	@Test
	void theLongApplicationFormKeepsWhatWasTypedAndShowsEveryErrorAtTheTop() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises, (short) 53);
		signIn(email, KosgebApplicants.PASSWORD);
		open("/kosgeb/application/new");
		submit("start-draft");

		// the limit is stated before submitting and counted while typing
		assertThat(find(By.id("consultant-limit")).getText()).isEqualTo("Kalan: 250 / 250 karakter");
		type("consultant", "Olgunluk Danışmanlık");
		assertThat(find(By.id("consultant-limit")).getText()).isEqualTo("Kalan: 230 / 250 karakter");
		assertThat(find(By.id("consultant")).getAttribute("maxlength")).isEqualTo("250");

		// point 3: saving the bank keeps (saves) the report typed but not saved
		select("bankCode", "HALKBANK");
		submit("bank-submit");
		assertThat(find(By.id("consultant")).getAttribute("value")).isEqualTo("Olgunluk Danışmanlık");
		assertThat(find(By.id("bankCode")).getAttribute("value")).isEqualTo("HALKBANK");

		// point 11: a refused item, all its errors at once, summarised at the top with
		// the focus
		type("number", "DD-53-777");
		select("kind", "MACHINE");
		type("description", "CNC dik işleme merkezi");
		type("quantity", "1");
		type("unitPrice", "bir buçuk milyon");
		submit("item-submit");
		find(By.id("error-summary"));
		assertThat(activeId()).isEqualTo("error-summary");
		Long top = (Long) ((JavascriptExecutor) driver)
			.executeScript("return Math.round(document.getElementById('error-summary').getBoundingClientRect().top);");
		assertThat(top).isBetween(0L, 400L);
		assertThat(find(By.id("error-summary")).getText()).contains("1.234.567,89");
		// everything typed is kept: the report number typed, the item
		assertThat(find(By.id("number")).getAttribute("value")).isEqualTo("DD-53-777");
		assertThat(find(By.id("description")).getAttribute("value")).isEqualTo("CNC dik işleme merkezi");
		assertThat(find(By.id("unitPrice")).getAttribute("aria-invalid")).isEqualTo("true");
		// a link of the summary moves the focus to its field
		click(find(By.cssSelector("#error-summary a[href='#unitPrice']")));
		assertThat(activeId()).isEqualTo("unitPrice");

		// a second tab, opened now, saves after this tab changed the application
		WebDriver second = newSession();
		try {
			in(second, "second-tab-open", () -> {
				signIn(email, KosgebApplicants.PASSWORD);
				open("/kosgeb/application/edit");
			});
			type("unitPrice", "1.500.000,00");
			type("supplierName", "Torna Makina Ltd. Şti.");
			type("supplierTaxNumber", tr.destek.enterprise.Enterprises.randomVkn());
			type("reportRecommendation", "Öneri 3");
			click(find(By.id("confirmedNew")));
			submit("item-submit");
			assertThat(find(By.id("requested-amount")).getText()).contains("1.500.000,00");
			in(second, "second-tab-conflict", () -> {
				type("maturityLevel", "Seviye 4");
				submit("report-submit");
				assertThat(find(By.id("conflict")).getText()).contains("Türkiye Halk Bankası A.Ş.");
				assertThat(find(By.id("maturityLevel")).getAttribute("value")).isEqualTo("Seviye 4");
				// saving again, after seeing the current values, keeps the bank
				submit("report-submit");
				assertThat(find(By.id("bankCode")).getAttribute("value")).isEqualTo("HALKBANK");
				assertThat(find(By.id("maturityLevel")).getAttribute("value")).isEqualTo("Seviye 4");
			});
		}
		finally {
			second.quit();
		}
	}

}
