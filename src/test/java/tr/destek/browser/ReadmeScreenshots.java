package tr.destek.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tr.destek.board.AppealFixtures;
import tr.destek.board.BoardFixtures;
import tr.destek.board.Board;
import tr.destek.demo.DemoWorld;
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
	JdbcClient jdbc;

	@Autowired
	UserAccountService users;

	@Test
	void takeTheReadmeScreenshots() throws IOException {
		String folder = System.getProperty("destek.screenshots");
		Assumptions.assumeTrue(folder != null && !folder.isBlank(),
				"README screenshots are taken with -Ddestek.screenshots=docs/screenshots");
		Path target = Path.of(folder);
		Files.createDirectories(target);
		DemoWorld.load(this.context);
		driver.manage().window().setSize(new Dimension(1280, 800));
		try {
			// the applicant's file: accepted by the board, loan disbursed
			signIn(DemoWorld.ACCEPTED_APPLICANT, DemoWorld.PASSWORD);
			open("/kosgeb/application");
			shoot(target, "1-applicant-file.png");
			signOut();

			// a staff home page and the expert's work queue
			signIn(DemoWorld.RESPONSIBLE_STAFF, DemoWorld.PASSWORD);
			open("/dashboard");
			shoot(target, "2-staff-home.png");
			open("/kosgeb/control");
			shoot(target, "3-work-queue.png");
			signOut();

			// a board member votes on an application of a sent agenda (MADDE 12)
			ControlFixtures control = ControlFixtures.from(this.context);
			Board board = new BoardFixtures(this.context).board();
			Long application = control.readyForBoard(PROVINCE, "Cizre Tekstil Dijital Üretim A.Ş.");
			AppealFixtures.OnAgenda on = new AppealFixtures(this.context).onAgenda(board, application);
			String member = this.users.find(AppealFixtures.seats(board).get(0)).orElseThrow().getEmail();
			signIn(member, ControlFixtures.PASSWORD);
			open("/board/member/meetings/" + on.meetingId() + "/items/" + on.item().getId());
			find(By.tagName("h1"));
			shoot(target, "4-board-vote.png");
			signOut();

			// the public interest-subsidy calculator with its chart
			open("/calculators/kosgeb-subsidy?loanAmount=5.000.000&termMonths=24&graceMonths=6&disbursementDate=2026-06-01");
			shoot(target, "5-subsidy-calculator.png");
		}
		finally {
			signOut();
			driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	private void shoot(Path folder, String name) throws IOException {
		find(By.tagName("main"));
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(folder.resolve(name), png);
		assertThat(png).isNotEmpty();
	}

}
