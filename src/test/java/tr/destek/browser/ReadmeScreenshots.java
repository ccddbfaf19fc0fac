package tr.destek.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tr.destek.board.AppealFixtures;
import tr.destek.board.Board;
import tr.destek.board.BoardKind;
import tr.destek.board.BoardService;
import tr.destek.demo.DemoWorld;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's screenshots, taken from real pages of the demo world at 1280 × 800: <pre>
 * ./mvnw -B test -Dtest=ReadmeScreenshots -Ddestek.screenshots=docs/screenshots
 * </pre> writes the PNGs into the given folder. Without the property the test is skipped,
 * so {@code ./mvnw -B verify} leaves the committed pictures alone.
 */
class ReadmeScreenshots extends BrowserTest {

	/** A province of this test's own (the board vote's application). */
	static final int PROVINCE = 73;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	BoardService boards;

	@Test
	void takeTheReadmeScreenshots() throws IOException {
		String folder = System.getProperty("destek.screenshots");
		Assumptions.assumeTrue(folder != null && !folder.isBlank(),
				"README screenshots are taken with -Ddestek.screenshots=docs/screenshots");
		Path target = Path.of(folder);
		Files.createDirectories(target);
		DemoWorld.load(this.context);
		// exactly 1280 × 800 CSS pixels of page, whatever the window's frame takes
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
		try {
			// the applicant's file: accepted by the board, loan disbursed
			signIn(DemoWorld.ACCEPTED_APPLICANT, DemoWorld.PASSWORD);
			open("/kosgeb/application");
			shoot(target, "1-applicant-file.png");
			signOut();

			// a staff home page, and the unit's work queue with every file of the
			// province
			signIn(DemoWorld.RESPONSIBLE_STAFF, DemoWorld.PASSWORD);
			open("/dashboard");
			shoot(target, "2-staff-home.png");
			signOut();
			signIn(DemoWorld.UNIT_MANAGER, DemoWorld.PASSWORD);
			open("/kosgeb/control?status=ALL");
			shoot(target, "3-work-queue.png");
			signOut();

			// a board member votes on an application of a sent agenda (MADDE 12)
			ControlFixtures control = ControlFixtures.from(this.context);
			String suffix = UUID.randomUUID().toString().substring(0, 8);
			List<UserAccount> members = List.of(
					control.staff(Role.BOARD_MEMBER, PROVINCE, "baskan-" + suffix + "@kosgeb.test", "Ayşe Yılmaz"),
					control.staff(Role.BOARD_MEMBER, PROVINCE, "uye1-" + suffix + "@kosgeb.test", "Mehmet Öztürk"),
					control.staff(Role.BOARD_MEMBER, PROVINCE, "uye2-" + suffix + "@kosgeb.test", "Şule Çelik"));
			Board board = this.boards.create("Şırnak Kurulu " + suffix, BoardKind.BOARD, members.get(0).getId(),
					List.of(members.get(1).getId(), members.get(2).getId()));
			Long application = control.readyForBoard(PROVINCE, "Cizre Tekstil Dijital Üretim A.Ş.");
			AppealFixtures.OnAgenda on = new AppealFixtures(this.context).onAgenda(board, application);
			signIn(members.get(0).getEmail(), ControlFixtures.PASSWORD);
			open("/board/member/meetings/" + on.meetingId() + "/items/" + on.item().getId());
			((JavascriptExecutor) driver).executeScript(
					"window.scrollTo({top: arguments[0].closest('.card').getBoundingClientRect().top + window.scrollY - 16,"
							+ " behavior: 'instant'});",
					find(By.id("vote-progress")));
			shoot(target, "4-board-vote.png");
			signOut();

			// the public interest-subsidy calculator with its chart
			open("/calculators/kosgeb-subsidy?loanAmount=5.000.000&termMonths=24&graceMonths=6&disbursementDate=2026-06-01");
			shoot(target, "5-subsidy-calculator.png");
		}
		finally {
			signOut();
			((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private void shoot(Path folder, String name) throws IOException {
		find(By.tagName("main"));
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(folder.resolve(name), png);
		assertThat(png).isNotEmpty();
	}

}
