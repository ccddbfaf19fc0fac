package tr.destek.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tr.destek.demo.DemoWorld;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 point 16: the navigation bar of every role fits one line on a 1366 px screen;
 * the applicant's links are grouped in menus that work with the keyboard alone.
 */
class NavigationBrowserTests extends BrowserTest {

	/** Bootstrap's navbar on one line is 56 px high; a second line adds about 40 px. */
	static final long ONE_LINE = 64;

	@Autowired
	ApplicationContext context;

	@Test
	void everyRolesNavigationBarFitsOneLineAt1366Pixels() {
		DemoWorld.load(this.context);
		driver.manage().window().setSize(new Dimension(1366, 900));
		try {
			for (String user : List.of(DemoWorld.ACCEPTED_APPLICANT, DemoWorld.RESPONSIBLE_STAFF,
					DemoWorld.UNIT_MANAGER, DemoWorld.SECRETARIAT, DemoWorld.BOARD_MEMBER, DemoWorld.BANK_OFFICER,
					DemoWorld.ADMIN)) {
				signOut();
				signIn(user, DemoWorld.PASSWORD);
				open("/dashboard");
				Long width = (Long) js().executeScript("return window.innerWidth;");
				Long height = (Long) js()
					.executeScript("return document.querySelector('.navbar-destek').getBoundingClientRect().height;");
				assertThat(height).as("navigation bar of %s at %d px wide", user, width).isLessThanOrEqualTo(ONE_LINE);
			}
		}
		finally {
			signOut();
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	@Test
	void theApplicantsMenusOpenAndLeadToTheirPagesWithTheKeyboard() {
		DemoWorld.load(this.context);
		signOut();
		signIn(DemoWorld.ACCEPTED_APPLICANT, DemoWorld.PASSWORD);
		open("/dashboard");

		WebElement toggle = find(By.id("nav-kosgeb"));
		assertThat(toggle.getTagName()).isEqualTo("button");
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		js().executeScript("arguments[0].focus();", toggle);
		toggle.sendKeys(Keys.ENTER);
		WebElement menu = find(By.cssSelector("#nav-kosgeb + .dropdown-menu"));
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.attributeContains(menu, "class", "show"));
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		WebElement focused = driver.switchTo().activeElement();
		assertThat(focused.getAttribute("href")).endsWith("/kosgeb/application/loans");
		focused.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/kosgeb/application/loans"));

		// Escape closes a menu and gives the focus back to its button
		WebElement enterprise = find(By.id("nav-enterprise"));
		js().executeScript("arguments[0].focus();", enterprise);
		enterprise.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions
			.attributeContains(find(By.cssSelector("#nav-enterprise + .dropdown-menu")), "class", "show"));
		driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		assertThat(enterprise.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("nav-enterprise");
		signOut();
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) driver;
	}

}
