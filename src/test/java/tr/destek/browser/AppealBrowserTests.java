package tr.destek.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.board.AppealCommissionService;
import tr.destek.board.AppealDecision;
import tr.destek.board.AppealFixtures;
import tr.destek.board.Board;
import tr.destek.board.BoardMemberService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.board.VoteDecision;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal journey of issue 4 (MADDE 13) in the browser: the board rejected the
 * application; the applicant appeals with reasons and a document; the unit manager adds
 * the unit's opinion and forwards it; the commission chair signs the commitment, reads
 * the rejecting meeting's records and votes; with the others' votes the commission
 * accepts and the applicant sees that the board will evaluate the application again.
 */
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class AppealBrowserTests extends KosgebBrowserTest {

	/** Mersin: a province unit no other test uses. */
	static final int PROVINCE = 33;

	@Autowired
	ApplicationContext context;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserAccountService users;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	AppealCommissionService commission;

	@Test
	void theApplicantAppealsTheUnitForwardsAndTheCommissionAccepts() throws Exception {
		ControlFixtures control = ControlFixtures.from(this.context);
		AppealFixtures fixtures = new AppealFixtures(this.context);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserAccount manager = control.staff(Role.UNIT_MANAGER, PROVINCE, "mersin-mudur-" + suffix + "@kosgeb.test",
				"Mersin Müdürü");
		Long application = control.readyForBoard(PROVINCE, "Mersin Dijital Üretim A.Ş.");
		String applicant = "itiraz-" + suffix + "@example.com.tr";
		this.users.createApplicant(this.applications.find(application).getEnterpriseId(), applicant, "İtiraz Eden",
				ControlFixtures.PASSWORD);
		fixtures.boardDecides(new tr.destek.board.BoardFixtures(this.context).board(), application, VoteDecision.REJECT,
				VoteDecision.REJECT, VoteDecision.ACCEPT);

		// the applicant appeals once, with reasons and a document (MADDE 13(1))
		signIn(applicant, ControlFixtures.PASSWORD);
		open("/kosgeb/application");
		assertThat(find(By.id("appeal-window")).getText()).contains("bir defaya mahsus");
		submit("open-appeal");
		type("reasons",
				"Kurul, yazılımın yol haritası önerileriyle uyumunu yanlış değerlendirdi; teknik yazı ektedir.");
		Path pdf = Files.createTempFile("teknik-yazi", ".pdf");
		Files.write(pdf, KosgebApplicants.pdf());
		driver.findElement(By.id("documents")).sendKeys(pdf.toAbsolutePath().toString());
		submit("submit-appeal");
		assertThat(find(By.id("appeal-status")).getText()).isEqualTo("Birim görüşü bekleniyor");
		String reference = find(By.id("application-reference")).getText();
		signOut();

		// the unit manager adds the unit's opinion and forwards it (MADDE 13(2))
		signIn(manager.getEmail(), ControlFixtures.PASSWORD);
		open("/kosgeb/control/appeals");
		assertThat(pageText()).contains(reference);
		click(find(By.linkText("Aç")));
		type("opinion", "Teknik yazı, kalemlerin rapor önerileriyle uyumunu gösteriyor; itiraz yerindedir.");
		submit("forward-appeal");
		assertThat(pageText()).contains("itiraz komisyonuna iletildi");
		signOut();

		// the secretariat puts it before the commission (MADDE 13(6))
		Board board = fixtures.commission();
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/itiraz-" + suffix,
				LocalDate.now(DestekTime.ZONE).plusDays(10).atTime(LocalTime.of(10, 0)));
		this.meetings.addApplication(scheduled.getId(), application);
		Meeting sent = this.meetings.sendAgenda(scheduled.getId());
		Long itemId = sent.getItems().get(0).getId();
		List<Long> seats = AppealFixtures.seats(board);
		seats.subList(1, 3).forEach(m -> this.members.sign(sent.getId(), m));

		// the chair signs the commitment, reads the records and votes (MADDE 13(7),(13))
		UserAccount chair = this.users.find(seats.get(0)).orElseThrow();
		signIn(chair.getEmail(), ControlFixtures.PASSWORD);
		open("/board/member/meetings/" + sent.getId());
		click(find(By.id("approve")));
		submit("sign");
		click(find(By.linkText(reference)));
		assertThat(pageText()).contains("itiraz yerindedir");
		submit("rejection-records");
		assertThat(pageText()).contains("Ret kararı alınan kurul toplantısının kayıtları").contains("Reddedildi");
		driver.navigate().back();
		click(find(By.cssSelector("input[name='decision'][value='ACCEPT']")));
		type("reason", "Teknik yazı kurulun gerekçesini karşılıyor.");
		submit("cast-appeal-vote");
		assertThat(find(By.id("own-vote")).getText()).contains("Teknik yazı");
		signOut();

		this.commission.cast(sent.getId(), itemId, seats.get(1), VoteDecision.ACCEPT, "Yeniden değerlendirilmeli");
		this.commission.cast(sent.getId(), itemId, seats.get(2), VoteDecision.REJECT, "Gerekçe yetersiz");
		AppealDecision decision = this.commission.prepare(sent.getId(), itemId);
		seats.forEach(m -> this.commission.approve(decision.getId(), m));
		this.commission.register(decision.getId());

		// the applicant sees the acceptance: the board evaluates again (MADDE 13(10)(a))
		signIn(applicant, ControlFixtures.PASSWORD);
		open("/kosgeb/application/appeal");
		assertThat(find(By.id("appeal-status")).getText()).contains("Kabul edildi");
		assertThat(find(By.id("appeal-decision")).getText()).startsWith("IK-");
		assertThat(this.applications.find(application).getStatus()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
		signOut();
	}

}
