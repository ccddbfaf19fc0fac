package tr.destek.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.board.Board;
import tr.destek.board.BoardKind;
import tr.destek.board.BoardService;
import tr.destek.board.Criterion;
import tr.destek.board.MeetingService;
import tr.destek.board.VotingService;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done means" journey of issue 4 through the real pages: a full electronic board
 * meeting (MADDE 11, 12) whose three members sign the Gizlilik ve Tarafsızlık
 * Taahhütnamesi (FRM.34.00.04) and vote in three browser sessions open at the same time;
 * the Kurul Karar Formu (FRM.34.00.05) e-approved by all and registered; the applicant
 * sees the rejection and appeals once (MADDE 13(1)); the unit forwards it with its
 * opinion (13(2)); the appeal commission accepts by majority (13(7),(8)); the board
 * accepts the application on the second pass with the support base. Fixtures only create
 * the people, the board and commission composition and the READY_FOR_BOARD application.
 */
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class BoardMeetingJourneyBrowserTests extends BrowserTest {

	/** Ordu: a province unit no other test uses. */
	static final int PROVINCE = 52;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	static final String PASSWORD = ControlFixtures.PASSWORD;

	@Autowired
	ApplicationContext context;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserAccountService users;

	@Autowired
	BoardService boards;

	@Autowired
	MeetingService meetings;

	@Autowired
	VotingService voting;

	final List<WebDriver> sessions = new ArrayList<>();

	@AfterEach
	void closeSessions() {
		this.sessions.forEach(WebDriver::quit);
		this.sessions.clear();
	}

	@Test
	void theBoardRejectsTheCommissionAcceptsTheAppealAndTheBoardAcceptsOnTheSecondPass() throws Exception {
		ControlFixtures control = ControlFixtures.from(this.context);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserAccount secretariat = control.staff(Role.BOARD_SECRETARIAT, 6, "sekretarya-" + suffix + "@kosgeb.test",
				"Kurul Sekretaryası");
		UserAccount manager = control.staff(Role.UNIT_MANAGER, PROVINCE, "ordu-mudur-" + suffix + "@kosgeb.test",
				"Ordu Müdürü");
		List<UserAccount> members = List.of(
				control.staff(Role.BOARD_MEMBER, 6, "baskan-" + suffix + "@kosgeb.test", "Ayşe Yılmaz"),
				control.staff(Role.BOARD_MEMBER, 6, "degerlendirici1-" + suffix + "@example.com.tr", "Mehmet Öztürk"),
				control.staff(Role.BOARD_MEMBER, 6, "degerlendirici2-" + suffix + "@example.com.tr", "Şule Çelik"));
		Board board = this.boards.create("Ordu Kurulu " + suffix, BoardKind.BOARD, members.get(0).getId(),
				List.of(members.get(1).getId(), members.get(2).getId()));
		List<UserAccount> commissioners = List.of(
				control.staff(Role.APPEAL_COMMISSION_MEMBER, 6, "daire-baskani-" + suffix + "@kosgeb.test",
						"Daire Başkanı İlknur Güneş"),
				control.staff(Role.APPEAL_COMMISSION_MEMBER, 6, "mudur1-" + suffix + "@kosgeb.test", "Müdür Oğuz Kaya"),
				control.staff(Role.APPEAL_COMMISSION_MEMBER, 6, "mudur2-" + suffix + "@kosgeb.test",
						"Müdür Gülşen Arı"));
		Board commission = this.boards.create("İtiraz Komisyonu " + suffix, BoardKind.APPEAL_COMMISSION,
				commissioners.get(0).getId(), List.of(commissioners.get(1).getId(), commissioners.get(2).getId()));
		Long application = control.readyForBoard(PROVINCE, "Ordu Fındık Dijital A.Ş. " + suffix);
		KosgebApplication file = this.applications.find(application);
		String reference = file.getReference();
		Long expense = file.getExpenseItems().get(0).getId();
		String applicant = "basvuru-" + suffix + "@example.com.tr";
		this.users.createApplicant(file.getEnterpriseId(), applicant, "Başvuru Sahibi", PASSWORD);

		// three members, three browser sessions open at the same time
		List<WebDriver> seats = List.of(session(), session(), session());
		for (int i = 0; i < 3; i++) {
			UserAccount member = members.get(i);
			in(seats.get(i), "member-" + i, () -> signIn(member.getEmail(), PASSWORD));
		}

		// 1. the secretariat schedules an electronic meeting and sends the agenda
		signIn(secretariat.getEmail(), PASSWORD);
		Long meeting = scheduleAndSend(board, application, reference, "https://toplanti.kosgeb.gov.tr/" + suffix,
				"10:00", true);
		Long item = agendaItem(reference);
		signOut();

		// 2. each member, told by the agenda notification, signs the commitment before
		// any file, reads it and votes
		for (int i = 0; i < 3; i++) {
			in(seats.get(i), "member-" + i, () -> {
				open("/account/notifications");
				click(find(By.xpath("//li[.//span[contains(text(), 'Kurul toplantı gündemi: " + board.getName()
						+ "')]]//button[text()='Aç']")));
				assertThat(find(By.tagName("h1")).getText()).isEqualTo("Gizlilik ve Tarafsızlık Taahhütnamesi");
				signAndRead(meeting, item, reference);
			});
		}
		String[] reasons = { "Ret gerekçesi (Ayşe): ERP kaleminin olgunluk raporu önerisiyle ilişkisi kurulmamış.",
				"Ret gerekçesi (Mehmet): fizibilite ve ölçüm planı yetersiz.",
				"Kabul gerekçesi (Şule): kalem gerekli ve uygulanabilir, tek değerlendiricinin görüşü." };
		String[] decisions = { "REJECT", "REJECT", "ACCEPT" };
		for (int i = 0; i < 3; i++) {
			int voter = i;
			in(seats.get(i), "member-" + i, () -> {
				open("/board/member/meetings/" + meeting + "/items/" + item);
				assertThat(find(By.id("vote-progress")).getText()).isEqualTo(voter + "/3 oy");
				// votes stay hidden until all three have voted (MADDE 12(11))
				assertThat(driver.findElements(By.id("votes"))).isEmpty();
				for (String other : reasons) {
					assertThat(pageText()).doesNotContain(other);
				}
				vote(decisions[voter], reasons[voter], voter + 2, voter == 2 ? "1.150.000,00" : null, expense);
				if (voter < 2) {
					assertThat(find(By.id("vote-hidden")).getText()).contains("Diğer üyelerin oyları");
				}
			});
		}
		in(seats.get(0), "member-0", () -> {
			open("/board/member/meetings/" + meeting + "/items/" + item);
			assertThat(find(By.id("votes")).getText()).contains(reasons[0], reasons[1], reasons[2]);
			// two rejections against one acceptance: the majority rejects (MADDE 12(6))
			assertThat(find(By.id("vote-result")).getText()).contains("Sonuç: Reddedildi");
		});

		// 3. the Kurul Karar Formu: prepared, e-approved by all three, registered
		signIn(secretariat.getEmail(), PASSWORD);
		String rejection = decide(meeting, item, reference, seats, "Reddedildi");
		// a rejection does not start the programme (MADDE 6(5))
		assertThat(pageText()).doesNotContain("Program başlangıç tarihi");
		signOut();
		assertThat(rejection).startsWith("KK-");
		LocalDate appealLastDay = this.applications.find(application).getAppealLastDay();
		assertThat(appealLastDay).isAfter(LocalDate.now(DestekTime.ZONE));

		// 4. the applicant sees the rejection — never the single votes — and appeals once
		signIn(applicant, PASSWORD);
		open("/kosgeb/application");
		assertThat(find(By.id("application-status")).getText()).isEqualTo("Kurulca reddedildi");
		String decisionPanel = find(By.id("board-decisions")).getText();
		assertThat(decisionPanel).contains("Ret", rejection, reasons[0], reasons[1],
				"Bu karara bir defaya mahsus itiraz için son gün: " + appealLastDay.format(DAY));
		String applicantPage = pageText();
		assertThat(applicantPage).doesNotContain(reasons[2]);
		assertThat(applicantPage).doesNotContain("Ayşe Yılmaz", "Mehmet Öztürk", "Şule Çelik");
		for (Criterion criterion : this.voting.criteria()) {
			assertThat(applicantPage).doesNotContain(criterion.name(Locale.forLanguageTag("tr")));
		}
		open("/account/notifications");
		assertThat(pageText())
			.contains("Başvurunuz kurulca reddedildi: " + reference, rejection, "son gün " + appealLastDay.format(DAY),
					reasons[0])
			.doesNotContain(reasons[2]);
		open("/kosgeb/application");
		assertThat(find(By.id("appeal-window")).getText()).contains(appealLastDay.format(DAY), "bir defaya mahsus");
		submit("open-appeal");
		type("reasons", "Kurul, ERP kaleminin olgunluk raporundaki Öneri 3 ile ilişkisini görmedi; "
				+ "raporun ilgili sayfası ve tedarikçinin teknik yazısı ektedir.");
		Path pdf = Files.createTempFile("teknik-yazi", ".pdf");
		Files.write(pdf, KosgebApplicants.pdf());
		driver.findElement(By.id("documents")).sendKeys(pdf.toAbsolutePath().toString());
		submit("submit-appeal");
		assertThat(find(By.id("appeal-status")).getText()).isEqualTo("Birim görüşü bekleniyor");
		signOut();

		// 5. the unit forwards it with its opinion (MADDE 13(2))
		signIn(manager.getEmail(), PASSWORD);
		open("/kosgeb/control/appeals");
		click(find(By.xpath("//table[@id='appeals']//tr[td[text()='" + reference + "']]//a")));
		type("opinion", "Rapor, ERP kalemini Öneri 3 olarak açıkça içeriyor; itiraz yerindedir.");
		submit("forward-appeal");
		assertThat(pageText()).contains("itiraz komisyonuna iletildi");
		signOut();

		// the secretariat puts it before the appeal commission (MADDE 13(6))
		signIn(secretariat.getEmail(), PASSWORD);
		open("/board/secretariat/appeals");
		assertThat(find(By.id("forwarded-appeals")).getText()).contains(reference);
		Long appealMeeting = scheduleAndSend(commission, application, reference,
				"https://toplanti.kosgeb.gov.tr/itiraz-" + suffix, "11:00", false);
		Long appealItem = agendaItem(reference);
		signOut();

		// the three commission members, in the same three sessions, sign and vote
		String[] appealReasons = { "Komisyon başkanı: rapor ile kalem arasındaki ilişki belgelenmiş.",
				"Üye: birim görüşü yerinde, kurul yeniden değerlendirmeli.",
				"Üye: kurulun fizibilite gerekçesi karşılanmamış." };
		String[] appealVotes = { "ACCEPT", "ACCEPT", "REJECT" };
		for (int i = 0; i < 3; i++) {
			int voter = i;
			UserAccount commissioner = commissioners.get(i);
			in(seats.get(i), "commissioner-" + i, () -> {
				signOut();
				signIn(commissioner.getEmail(), PASSWORD);
				open("/board/member/meetings");
				click(find(By.cssSelector("#my-meetings a[href$='/board/member/meetings/" + appealMeeting + "']")));
				assertThat(find(By.id("commitment-text")).getText()).isNotBlank();
				click(find(By.id("approve")));
				submit("sign");
				// not a member of the board: none of its meeting's files
				open("/board/member/meetings/" + meeting + "/items/" + item);
				assertThat(find(By.tagName("h1")).getText()).isIn("Erişim yetkiniz yok", "Sayfa bulunamadı");
				assertThat(pageText()).doesNotContain(reference);
				open("/board/member/meetings/" + appealMeeting);
				click(find(By.cssSelector("#member-agenda a[href$='/board/member/meetings/" + appealMeeting + "/items/"
						+ appealItem + "']")));
				assertThat(pageText()).contains(reference, "itiraz yerindedir", reasons[0]);
				click(find(By.cssSelector("input[name='decision'][value='" + appealVotes[voter] + "']")));
				type("reason", appealReasons[voter]);
				submit("cast-appeal-vote");
				if (voter < 2) {
					assertThat(find(By.id("own-vote")).getText()).contains(appealReasons[voter]);
				}
			});
		}

		// the İtiraz Karar Formu (FRM.34.00.07): prepared, approved by all, registered
		signIn(secretariat.getEmail(), PASSWORD);
		open("/board/secretariat/appeal-meetings/" + appealMeeting);
		assertThat(find(By.id("appeal-agenda")).getText()).contains("3/3 oy", "İtiraz kabul edildi");
		submit("prepare-appeal-" + appealItem);
		String appealDecisionPage = driver.getCurrentUrl();
		for (int i = 0; i < 3; i++) {
			in(seats.get(i), "commissioner-" + i, () -> {
				open("/board/member/appeals/" + appealMeeting + "/items/" + appealItem);
				click(find(By.id("appeal-decision-link")));
				submit("approve-appeal-decision");
				submit("confirm-approve-appeal-decision");
			});
		}
		driver.get(appealDecisionPage);
		submit("register-appeal-decision");
		submit("confirm-register-appeal-decision");
		assertThat(pageText()).contains("IK-");
		signOut();

		signIn(applicant, PASSWORD);
		open("/kosgeb/application/appeal");
		assertThat(find(By.id("appeal-status")).getText()).contains("Kabul edildi");
		assertThat(find(By.id("appeal-decision")).getText()).startsWith("IK-");
		open("/kosgeb/application");
		// MADDE 13(10)(a): the board evaluates the application again
		assertThat(find(By.id("application-status")).getText()).isEqualTo("Kurula sunulmaya hazır");
		signOut();
		assertThat(this.applications.find(application).getStatus()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);

		// 6. the second pass: a new meeting of the same board accepts by majority
		signIn(secretariat.getEmail(), PASSWORD);
		Long second = scheduleAndSend(board, application, reference, "https://toplanti.kosgeb.gov.tr/2-" + suffix,
				"14:00", false);
		Long secondItem = agendaItem(reference);
		signOut();
		String[] secondReasons = {
				"Kabul (Ayşe): itirazla gelen belgeler kalemin rapor önerisine dayandığını gösteriyor.",
				"Kabul (Mehmet): ölçüm planı tamamlanmış; tutar 1.100.000 TL ile sınırlı.",
				"Ret (Şule): fizibilite hâlâ zayıf." };
		String[] secondVotes = { "ACCEPT", "ACCEPT", "REJECT" };
		String[] amounts = { "1.150.000,00", "1100000", null };
		for (int i = 0; i < 3; i++) {
			int voter = i;
			UserAccount member = members.get(i);
			in(seats.get(i), "member-" + i, () -> {
				signOut();
				signIn(member.getEmail(), PASSWORD);
				signAndRead(second, secondItem, reference);
				vote(secondVotes[voter], secondReasons[voter], 4, amounts[voter], expense);
			});
		}
		signIn(secretariat.getEmail(), PASSWORD);
		String acceptance = decide(second, secondItem, reference, seats, "Kabul edildi");
		assertThat(find(By.id("decision-base")).getText()).isEqualTo("1.100.000,00 TL");
		// the first registered decision to support the application starts the programme
		// (MADDE 6(5))
		assertThat(pageText()).contains("Program başlangıç tarihi (MADDE 6(5))");
		signOut();
		assertThat(acceptance).startsWith("KK-").isNotEqualTo(rejection);

		signIn(applicant, PASSWORD);
		open("/kosgeb/application");
		assertThat(find(By.id("application-status")).getText()).isEqualTo("Kurulca kabul edildi");
		WebElement accepted = find(By
			.xpath("//section[@id='board-decisions']/div/article[.//span[contains(text(), '" + acceptance + "')]]"));
		assertThat(accepted.getText()).contains("Kabul", "1.100.000,00 TL", secondReasons[0], secondReasons[1])
			.doesNotContain(secondReasons[2]);
		assertThat(accepted.findElement(By.className("decision-support-base")).getText()).isEqualTo("1.100.000,00 TL");
		assertThat(pageText()).doesNotContain(reasons[2], secondReasons[2]);
		open("/account/notifications");
		assertThat(pageText()).contains("Başvurunuz kurulca kabul edildi: " + reference, acceptance, "1.100.000,00 TL");
		signOut();
	}

	private WebDriver session() throws IOException {
		WebDriver session = newSession();
		this.sessions.add(session);
		return session;
	}

	/**
	 * The secretariat schedules an electronic meeting of the board with a link — a date
	 * too near is refused with the earliest date (MADDE 12(1), 13(6)) — adds the
	 * application and sends the agenda. Returns the meeting's id.
	 */
	private Long scheduleAndSend(Board board, Long application, String reference, String link, String time,
			boolean tryTooSoon) {
		open("/board/secretariat/boards");
		click(find(By.linkText(board.getName())));
		LocalDate earliest = this.meetings.earliestMeetingDate(board.getKind());
		assertThat(pageText()).contains(earliest.format(DAY));
		click(find(By.cssSelector("input[name='format'][value='ELECTRONIC']")));
		type("link", link);
		if (tryTooSoon) {
			setDate("date", LocalDate.now(DestekTime.ZONE).plusDays(3).toString());
			submit("schedule-meeting");
			assertThat(find(By.id("date-error")).getText()).contains("çok yakın", earliest.format(DAY));
			assertThat(find(By.id("link")).getAttribute("value")).isEqualTo(link);
		}
		setDate("date", earliest.toString());
		setDate("time", time);
		submit("schedule-meeting");
		assertThat(find(By.id("meeting-status")).getText()).isEqualTo("Planlandı, gündem hazırlanıyor");
		Long meeting = Long.valueOf(driver.getCurrentUrl().replaceAll(".*/meetings/(\\d+).*", "$1"));
		submit("add-" + application);
		assertThat(find(By.id("agenda")).getText()).contains(reference);
		submit("send-agenda");
		submit("confirm-send-agenda");
		assertThat(find(By.id("meeting-status")).getText()).isEqualTo("Gündem üyelere gönderildi");
		return meeting;
	}

	/** Through the navigation: the decision form of this application, to register. */
	private void openDecisionFromList(String reference) {
		open("/dashboard");
		click(find(By.linkText("Kurul kararları")));
		click(find(By.xpath("//ul[@id='decisions-to-register']//a[contains(text(), 'başvuru " + reference + ":')]")));
		find(By.id("decision-outcome"));
	}

	/** The id of the application's item on the secretariat's agenda shown. */
	private Long agendaItem(String reference) {
		String href = find(By.xpath("//table[@id='agenda']//tr[td/span[contains(text(), '" + reference + "')]]"))
			.findElement(By.cssSelector("a[href*='/items/']"))
			.getAttribute("href");
		return Long.valueOf(href.replaceAll(".*/items/(\\d+).*", "$1"));
	}

	/**
	 * A member opens the meeting from his list: no file before the commitment
	 * (FRM.34.00.04); he signs, opens the file and its Kurul Bilgilendirme Formu
	 * (FRM.34.00.03).
	 */
	private void signAndRead(Long meeting, Long item, String reference) {
		open("/board/member/meetings/" + meeting + "/items/" + item);
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Gizlilik ve Tarafsızlık Taahhütnamesi");
		assertThat(pageText()).doesNotContain(reference);
		open("/board/member/meetings");
		click(find(By.cssSelector("#my-meetings a[href$='/board/member/meetings/" + meeting + "']")));
		assertThat(find(By.id("commitment-text")).getText()).isNotBlank();
		click(find(By.id("approve")));
		submit("sign");
		assertThat(pageText()).contains("Taahhütname onaylandı");
		assertThat(find(By.id("signed-at")).getText()).isNotBlank();
		click(find(
				By.cssSelector("#member-agenda a[href$='/board/member/meetings/" + meeting + "/items/" + item + "']")));
		assertThat(find(By.tagName("h1")).getText()).contains(reference);
		click(find(By.id("information-form")));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Kurul Bilgilendirme Formu");
		assertThat(pageText()).contains("FRM.34.00.03", reference);
		driver.navigate().back();
		find(By.id("vote-progress"));
	}

	/** Scores every criterion, types the amount if any, votes with a reason. */
	private void vote(String decision, String reason, int score, String amount, Long expense) {
		for (WebElement criterion : driver.findElements(By.cssSelector("#vote-form select[name^='scores[']"))) {
			new Select(criterion).selectByValue(String.valueOf(score));
		}
		if (amount != null) {
			type("amounts" + expense, amount);
		}
		click(find(By.cssSelector("input[name='decision'][value='" + decision + "']")));
		type("reason", reason);
		submit("cast-vote");
		assertThat(pageText()).contains("Oyunuz kaydedildi");
	}

	/**
	 * The secretariat prepares the Kurul Karar Formu; registering before every approval
	 * is refused; each member e-approves it in his session; the secretariat registers it
	 * (MADDE 12(9)). Returns the registry number.
	 */
	private String decide(Long meeting, Long item, String reference, List<WebDriver> seats, String outcome)
			throws Exception {
		open("/board/secretariat/meetings/" + meeting);
		assertThat(find(By.id("agenda")).getText()).contains("3/3 oy", outcome);
		submit("prepare-" + item);
		assertThat(find(By.id("decision-outcome")).getText()).contains(outcome);
		assertThat(find(By.id("decision-approvals")).getText()).doesNotContain("Onayladı");
		openDecisionFromList(reference);
		submit("register");
		submit("confirm-register");
		assertThat(pageText()).contains("onaylanmadan evrak kaydına alınamaz", "3 üyeden 0 onay var");
		assertThat(driver.findElements(By.id("decision-registry"))).isEmpty();
		for (int i = 0; i < 3; i++) {
			in(seats.get(i), "approve-" + i, () -> {
				open("/board/member/meetings/" + meeting + "/items/" + item);
				click(find(By.id("decision-link")));
				assertThat(find(By.id("decision-outcome")).getText()).contains(outcome);
				submit("approve-decision");
				submit("confirm-approve-decision");
				assertThat(pageText()).contains("Karar formunu onayladınız");
			});
		}
		openDecisionFromList(reference);
		assertThat(find(By.id("decision-approvals")).getText()).doesNotContain("Onay bekleniyor");
		submit("register");
		submit("confirm-register");
		assertThat(pageText()).contains("Karar evrak kaydına alındı");
		String registry = find(By.id("decision-registry")).getText();
		return registry.substring(0, registry.indexOf(',')).strip();
	}

}
