package tr.destek.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.Enterprises;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.platform.DestekTime;
import static org.assertj.core.api.Assertions.assertThat;

/** Browser steps of the KOSGEB applicant screens shared by the journeys. */
abstract class KosgebBrowserTest extends BrowserTest {

	/**
	 * Starts a draft and fills every part: report, one item, bank and both required
	 * documents.
	 */
	protected void fill() throws Exception {
		open("/kosgeb/application/new");
		submit("start-draft");
		type("consultant", "Dijital Olgunluk Danışmanlık A.Ş.");
		type("number", "DD-2026-118");
		setDate("approvalDate", LocalDate.now(DestekTime.ZONE).minusMonths(3).toString());
		type("maturityLevel", "3");
		submit("report-submit");
		select("kind", "MACHINE");
		type("description", "CNC dik işleme merkezi");
		type("quantity", "1");
		type("unitPrice", "1.500.000,00");
		assertThat(find(By.id("item-total-preview")).getText()).contains("1.500.000,00");
		type("supplierName", "Torna Makina Ltd. Şti.");
		type("supplierTaxNumber", Enterprises.randomVkn());
		type("reportRecommendation", "Öneri 3: CNC otomasyonu");
		click(find(By.id("confirmedNew")));
		submit("item-submit");
		assertThat(find(By.id("requested-amount")).getText()).contains("1.500.000,00");
		select("bankCode", "HALKBANK");
		submit("bank-submit");
		Path pdf = Files.createTempFile("rapor", ".pdf");
		Files.write(pdf, KosgebApplicants.pdf());
		for (String category : new String[] { "MATURITY_REPORT", "SUPPLIER_OFFERS" }) {
			select("category", category);
			driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
			submit("upload-submit");
			find(By.id("document-list"));
		}
	}

}
