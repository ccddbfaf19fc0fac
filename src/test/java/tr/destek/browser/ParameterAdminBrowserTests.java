package tr.destek.browser;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccountService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin adds a new version of a programme parameter; the past versions stay as they
 * were.
 */
class ParameterAdminBrowserTests extends BrowserTest {

	@Autowired
	UserAccountService users;

	@Test
	void adminAddsAParameterVersionFromAFutureDate() {
		String email = "yonetici-" + UUID.randomUUID() + "@example.com";
		this.users.createStaffWithPassword(email, "Parametre Yöneticisi", EnumSet.of(Role.ADMIN), "yönetici-parola-1");
		signIn(email, "yönetici-parola-1");

		open("/admin/parameters/HISER/support-rate");
		String before = find(By.id("value-in-force")).getText();
		click(find(By.id("add-version")));
		type("value", "70");
		setDate("validFrom", "2031-01-01");
		type("sourceArticle", "Cumhurbaşkanı Kararı 10962 (tarayıcı testi)");
		type("note", "Yeni karar dönemi");
		submit("version-submit");

		assertThat(find(By.id("versions")).getText()).contains("01.01.2031").contains("70");
		assertThat(find(By.id("value-in-force")).getText()).isEqualTo(before);

		open("/admin/parameters?asOf=2031-01-02");
		assertThat(pageText()).contains("Cumhurbaşkanı Kararı 10962 (tarayıcı testi)");
		signOut();
	}

}
