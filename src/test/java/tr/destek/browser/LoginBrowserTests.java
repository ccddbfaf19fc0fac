package tr.destek.browser;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;

import static org.assertj.core.api.Assertions.assertThat;

class LoginBrowserTests extends BrowserTest {

	@Autowired
	UserAccountService users;

	@Test
	void wrongPasswordShowsOneMessageAndTheRightOneOpensTheDashboardInEnglishWhenChosen() {
		String email = "browser-" + UUID.randomUUID() + "@example.com";
		this.users.createStaffWithPassword(email, "Ayşe Çınar", EnumSet.of(Role.UNIT_MANAGER), (short) 6,
				"doğru-parola-123");
		signIn(email, "yanlış-parola");
		assertThat(find(By.id("login-error")).getText()).contains("E-posta ya da parola hatalı");
		signIn(email, "doğru-parola-123");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Hoş geldiniz, Ayşe Çınar");
		open("/dashboard?lang=en");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Welcome, Ayşe Çınar");
		assertThat(pageText()).contains("Unit manager");
		open("/dashboard?lang=tr");
		signOut();
	}

}
