package tr.destek.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import tr.destek.support.IntegrationTest;
import tr.destek.support.RawCodes;

/**
 * Browser tests in Debian's headless Chromium ({@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}; nothing is downloaded). Without them the tests are
 * skipped, unless {@code DESTEK_BROWSER_TESTS=required} (set by {@code .ci/run}), where
 * they fail. Screenshots of failures go to {@code target/browser-screenshots/}.
 */
@IntegrationTest
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	static final Path CHROMIUM = Path
		.of(Optional.ofNullable(System.getenv("CHROMIUM_BIN")).orElse("/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path
		.of(Optional.ofNullable(System.getenv("CHROMEDRIVER_BIN")).orElse("/usr/bin/chromedriver"));

	static WebDriver driver;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "required".equals(System.getenv("DESTEK_BROWSER_TESTS"))) {
			throw new IllegalStateException("Browser tests are required but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: apt-get install chromium chromium-driver");
		}
		Assumptions.assumeTrue(available, "Chromium not installed: apt-get install chromium chromium-driver");
		driver = chrome();
	}

	/** A new headless Chromium session with its own profile, hence its own cookies. */
	private static WebDriver chrome() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=tr-TR",
				"--user-data-dir=" + Files.createTempDirectory("destek-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return chrome;
	}

	/**
	 * Another browser session, alive next to the main one: several people working at the
	 * same time. The caller closes it with {@link WebDriver#quit()}.
	 */
	protected static WebDriver newSession() throws IOException {
		return chrome();
	}

	/**
	 * Runs the steps in the given session: the helpers ({@link #open}, {@link #type},
	 * {@link #submit}, ...) act on it until the steps end. A failure saves a screenshot
	 * of that session under the given name.
	 */
	protected void in(WebDriver session, String name, BrowserSteps steps) throws Exception {
		WebDriver main = driver;
		driver = session;
		try {
			steps.run();
		}
		catch (Exception | AssertionError ex) {
			ScreenshotOnFailure.save(session, name);
			throw ex;
		}
		finally {
			driver = main;
		}
	}

	/** Browser steps that may throw. */
	@FunctionalInterface
	protected interface BrowserSteps {

		void run() throws Exception;

	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Opens a page; it must not show raw codes (issue 10 point 13, {@link RawCodes}). */
	protected void open(String path) {
		driver.get(url(path));
		assertNoRawCodes();
	}

	/** The page in the browser shows no raw codes, only labels ({@link RawCodes}). */
	protected void assertNoRawCodes() {
		String html = driver.getPageSource();
		if (html.contains("<html") || html.contains("<HTML")) {
			org.assertj.core.api.Assertions.assertThat(RawCodes.in(html))
				.as("raw codes on %s (issue 10 point 13)", driver.getCurrentUrl())
				.isEmpty();
		}
	}

	protected WebElement find(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	protected void type(String id, String text) {
		WebElement element = find(By.id(id));
		element.clear();
		element.sendKeys(text);
	}

	/** Date inputs are set through the DOM: typing depends on the browser's locale. */
	protected void setDate(String id, String isoDate) {
		WebElement element = find(By.id(id));
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", element,
				isoDate);
	}

	protected void select(String id, String visibleOrValue) {
		new org.openqa.selenium.support.ui.Select(find(By.id(id))).selectByValue(visibleOrValue);
	}

	/** Clicks a submit button and waits until the browser has left the page it was on. */
	protected void submit(String buttonId) {
		WebElement button = find(By.id(buttonId));
		click(button);
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
	}

	/** Scrolls the element to the middle of the window first, as a person would. */
	protected void click(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * The visible text of the page, read again if the page was replaced while reading.
	 */
	protected String pageText() {
		for (int attempt = 0;; attempt++) {
			try {
				return find(By.tagName("body")).getText();
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	protected void signIn(String email, String password) {
		open("/login");
		type("email", email);
		type("password", password);
		submit("login-submit");
	}

	protected void signOut() {
		driver.manage().deleteAllCookies();
	}

	/** Saves a screenshot of the page when a test fails. */
	static class ScreenshotOnFailure implements TestWatcher {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			save(driver, context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
		}

		static void save(WebDriver session, String name) {
			if (session instanceof TakesScreenshot camera) {
				try {
					File shot = camera.getScreenshotAs(OutputType.FILE);
					Path target = Path.of("target", "browser-screenshots",
							name.replaceAll("[^A-Za-z0-9]+", "_") + ".png");
					Files.createDirectories(target.getParent());
					Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (IOException | RuntimeException ex) {
					// a failed screenshot must not hide the test failure
				}
			}
		}

	}

}
