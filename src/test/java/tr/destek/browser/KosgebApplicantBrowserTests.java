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

/**
 * An applicant of a qualifying small manufacturer drafts, sees the checklist, uploads,
 * approves the written commitment and submits; a micro enterprise is blocked with the
 * MADDE 7(2) explanation.
 */
class KosgebApplicantBrowserTests extends KosgebBrowserTest {

	@Autowired
	EnterpriseService enterprises;

	@Test
	void aQualifyingEnterpriseDraftsChecksUploadsApprovesTheCommitmentAndSubmits() throws Exception {
		String email = KosgebApplicants.qualifying(this.enterprises);
		signIn(email, KosgebApplicants.PASSWORD);
		fill();
		open("/kosgeb/application/eligibility");
		assertThat(find(By.id("eligibility-small-or-medium")).getAttribute("data-outcome")).isEqualTo("PASS");
		open("/kosgeb/application/submit");
		assertThat(find(By.id("commitment-text")).getText()).contains("MADDE 18(12)").contains("MADDE 8(4)");
		click(find(By.id("approved1")));
		submit("submit-application");
		assertThat(find(By.id("application-status")).getText()).isNotEqualTo("Taslak");
		assertThat(pageText()).contains("Başvurunuz alındı");
		open("/dashboard");
		assertThat(find(By.id("dashboard-kosgeb-next")).getText()).contains("MADDE 9");
		signOut();
	}

	@Test
	void aMicroEnterpriseIsBlockedWithTheMadde7_2Explanation() throws Exception {
		String email = KosgebApplicants.micro(this.enterprises);
		signIn(email, KosgebApplicants.PASSWORD);
		fill();
		open("/kosgeb/application/submit");
		click(find(By.id("approved1")));
		submit("submit-application");
		assertThat(find(By.id("submit-blocked")).getText()).contains("gönderilmedi");
		assertThat(find(By.id("eligibility-small-or-medium")).getText()).contains("MADDE 7(2)").contains("Mikro");
		signOut();
	}

}
