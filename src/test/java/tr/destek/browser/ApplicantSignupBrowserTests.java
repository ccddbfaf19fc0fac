package tr.destek.browser;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import tr.destek.enterprise.TaxNumber;
import tr.destek.support.MailLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SME signs up, signs in again, enters a fiscal year and its profile, and sees its
 * KOBİ size class with the reason.
 */
class ApplicantSignupBrowserTests extends BrowserTest {

	@Test
	void anSmeSignsUpEditsItsProfileAndSeesItsSizeClass() {
		String email = "kurucu-" + UUID.randomUUID() + "@ornek-imalat.com.tr";
		String vkn = randomVkn();
		open("/signup");
		type("taxNumber", vkn);
		type("title", "Ege Hassas Kalıp Sanayi Limited Şirketi");
		select("legalForm", "LIMITED");
		setDate("registrationDate", "2015-06-01");
		select("provinceCode", "21");
		type("naceCode", "25.73");
		type("fullName", "Gökhan Işıklı");
		type("email", email);
		type("password", "Güçlü-Parola-2026");
		type("passwordConfirmation", "Güçlü-Parola-2026");
		submit("signup-submit");
		// issue #9 point 7: the account acts only after the e-mail is confirmed
		assertThat(find(By.id("signup-sent")).getText()).contains("E-postanızı kontrol edin");
		signIn(email, "Güçlü-Parola-2026");
		assertThat(find(By.id("email-confirmation")).getText()).contains("E-posta adresinizi doğrulayın");
		open("/enterprise/profile");
		assertThat(find(By.id("email-confirmation"))).isNotNull();
		// the user follows the link from his mailbox (GreenMail)
		open(MailLinks.latestPath(email, "/email-confirmations/"));
		assertThat(find(By.id("login-confirmed")).getText()).contains("doğrulandı");
		signIn(email, "Güçlü-Parola-2026");
		open("/enterprise/profile");
		assertThat(find(By.id("enterprise-title")).getText()).isEqualTo("Ege Hassas Kalıp Sanayi Limited Şirketi");
		assertThat(pageText()).contains("Ege Hassas Kalıp Sanayi Limited Şirketi");

		open("/enterprise/fiscal-years");
		type("year", "2025");
		type("employees", "35");
		type("netSales", "42.000.000,00");
		type("balanceSheetTotal", "30.000.000,00");
		type("operatingProfit", "2.150.000,50");
		type("equity", "7.500.000");
		submit("fiscal-year-submit");

		open("/enterprise/profile/edit");
		setDate("declarationDate", "2026-04-10");
		type("privateOwnershipShare", "100");
		submit("profile-submit");

		open("/enterprise/profile");
		assertThat(find(By.id("size-class")).getText()).containsIgnoringCase("küçük");
		assertThat(find(By.id("size-class-reason")).getText()).contains("35").contains("50");
		signOut();
	}

	/** A random VKN with a valid check digit (the tax office's algorithm). */
	static String randomVkn() {
		while (true) {
			String body = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
			for (int check = 0; check < 10; check++) {
				if (TaxNumber.isValidVkn(body + check)) {
					return body + check;
				}
			}
		}
	}

}
