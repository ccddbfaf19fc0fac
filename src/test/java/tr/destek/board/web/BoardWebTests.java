package tr.destek.board.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.board.Board;
import tr.destek.board.BoardFixtures;
import tr.destek.board.BoardSeat;
import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The board's pages with real security: secretariat, members, outsiders and applicants.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class BoardWebTests {

	static final int PROVINCE = 42;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	DecisionService decisions;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserAccountService users;

	BoardFixtures fixtures;

	ControlFixtures control;

	DestekUser secretariat;

	@BeforeEach
	void setUp() {
		this.fixtures = new BoardFixtures(this.context);
		this.control = ControlFixtures.from(this.context);
		this.secretariat = this.control.principal(this.control.staff(Role.BOARD_SECRETARIAT, PROVINCE));
	}

	DestekUser principal(Long userId) {
		return this.control.principal(this.users.find(userId).orElseThrow());
	}

	Meeting sentMeeting(Board board, Long application) {
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/web",
				LocalDate.now(DestekTime.ZONE).plusDays(9).atTime(LocalTime.NOON));
		this.meetings.addApplication(meeting.getId(), application);
		return this.meetings.sendAgenda(meeting.getId());
	}

	@Test
	void theSecretariatCreatesABoardAndBadInputKeepsWhatWasTyped() throws Exception {
		UserAccount chair = this.fixtures.member();
		UserAccount first = this.fixtures.member();
		UserAccount second = this.fixtures.member();
		String name = "Kurul " + UUID.randomUUID();
		this.mvc.perform(get("/board/secretariat/boards").with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yeni kurul")));

		this.mvc
			.perform(post("/board/secretariat/boards").with(user(this.secretariat))
				.with(csrf())
				.param("name", name)
				.param("kind", "BOARD")
				.param("chairEmail", chair.getEmail())
				.param("firstMemberEmail", first.getEmail())
				.param("secondMemberEmail", "yok-" + UUID.randomUUID() + "@kosgeb.test"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu e-posta adresiyle etkin bir kullanıcı bulunamadı.")))
			.andExpect(content().string(containsString(name)));

		this.mvc
			.perform(post("/board/secretariat/boards").with(user(this.secretariat))
				.with(csrf())
				.param("name", name)
				.param("kind", "BOARD")
				.param("chairEmail", chair.getEmail())
				.param("firstMemberEmail", first.getEmail())
				.param("secondMemberEmail", second.getEmail()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/board/secretariat/boards/*"));
	}

	@Test
	void madde12_1_aMeetingTooSoonIsRefusedNextToTheDate() throws Exception {
		Board board = this.fixtures.board();
		this.mvc.perform(get("/board/secretariat/boards/" + board.getId()).with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Toplantı planla")));
		this.mvc
			.perform(post("/board/secretariat/boards/" + board.getId() + "/meetings").with(user(this.secretariat))
				.with(csrf())
				.param("format", "PHYSICAL")
				.param("place", "Ankara")
				.param("date", LocalDate.now(DestekTime.ZONE).plusDays(3).toString())
				.param("time", "10:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MADDE 12(1)")))
			.andExpect(content().string(containsString("id=\"date-error\"")));
	}

	@Test
	void theSecretariatBuildsAndSendsAnAgenda() throws Exception {
		Board board = this.fixtures.board();
		Long application = this.control.readyForBoard(PROVINCE, "Gündem Sayfası A.Ş.");
		String reference = this.applications.find(application).getReference();
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Ankara", null,
				LocalDate.now(DestekTime.ZONE).plusDays(10).atTime(LocalTime.NOON));
		String page = "/board/secretariat/meetings/" + meeting.getId();
		this.mvc.perform(get(page).with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)));
		this.mvc
			.perform(post(page + "/applications").with(user(this.secretariat))
				.with(csrf())
				.param("applicationId", application.toString()))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/send").with(user(this.secretariat)).with(csrf())).andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gündem üyelere gönderildi")))
			.andExpect(content().string(containsString("0/3 oy")));
	}

	@Test
	void aMemberSeesNoFileBeforeSigningAndOutsidersSeeNothing() throws Exception {
		Board board = this.fixtures.board();
		Long application = this.control.readyForBoard(PROVINCE, "Gizli Sayfa Ltd.");
		String reference = this.applications.find(application).getReference();
		Meeting meeting = sentMeeting(board, application);
		Long itemId = this.meetings.find(meeting.getId()).getItems().get(0).getId();
		DestekUser member = principal(board.activeSeats().get(0).getUserId());
		String page = "/board/member/meetings/" + meeting.getId();

		this.mvc.perform(get("/board/member/meetings").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(board.getName())));
		this.mvc.perform(get(page).with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gizlilik ve Tarafsızlık Taahhütnamesi")))
			.andExpect(content().string(not(containsString(reference))));
		this.mvc.perform(get(page + "/items/" + itemId).with(user(member))).andExpect(redirectedUrl(page));

		this.mvc.perform(post(page + "/sign").with(user(member)).with(csrf()).param("approve", "true"))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page + "/items/" + itemId).with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("Finansal yeterlilik")));

		DestekUser outsider = principal(this.fixtures.member().getId());
		this.mvc.perform(get(page).with(user(outsider))).andExpect(status().isForbidden());
		this.mvc.perform(get(page + "/items/" + itemId).with(user(outsider))).andExpect(status().isForbidden());
		// roles: the secretariat's pages are not the members', and applicants see neither
		this.mvc.perform(get("/board/secretariat/boards").with(user(member))).andExpect(status().isForbidden());
		this.mvc.perform(get("/board/member/meetings").with(user(this.secretariat))).andExpect(status().isForbidden());
		UserAccount applicant = this.users.createApplicant(this.applications.find(application).getEnterpriseId(),
				"basvuru-" + UUID.randomUUID() + "@example.com.tr", "Başvuru Sahibi", ControlFixtures.PASSWORD);
		DestekUser applicantUser = this.control.principal(applicant);
		this.mvc.perform(get(page + "/items/" + itemId).with(user(applicantUser))).andExpect(status().isForbidden());
		this.mvc.perform(get("/board/secretariat/meetings/" + meeting.getId()).with(user(applicantUser)))
			.andExpect(status().isForbidden());
	}

	@Test
	void votesThroughTheFormStayHiddenUntilAllVotedThenTheDecisionIsApprovedAndRegistered() throws Exception {
		Board board = this.fixtures.board();
		Long application = this.control.readyForBoard(PROVINCE, "Oy Sayfası A.Ş.");
		Long expense = this.applications.find(application).getExpenseItems().get(0).getId();
		Meeting meeting = sentMeeting(board, application);
		Long itemId = this.meetings.find(meeting.getId()).getItems().get(0).getId();
		String page = "/board/member/meetings/" + meeting.getId();
		List<DestekUser> members = board.activeSeats().stream().map(BoardSeat::getUserId).map(this::principal).toList();
		String[] decisions = { "ACCEPT", "ACCEPT", "REJECT" };
		for (int i = 0; i < 3; i++) {
			DestekUser member = members.get(i);
			this.mvc.perform(post(page + "/sign").with(user(member)).with(csrf()).param("approve", "true"));
			var vote = post(page + "/items/" + itemId + "/vote").with(user(member))
				.with(csrf())
				.param("decision", decisions[i])
				.param("reason", "Gerekçe " + (i + 1))
				.param("scores[FINANCIAL_ADEQUACY]", "4")
				.param("scores[TECHNICAL_FIT]", "4")
				.param("scores[NECESSITY]", "3")
				.param("scores[FEASIBILITY]", "5")
				.param("scores[MATURITY_GAIN]", "4")
				.param("amounts[" + expense + "]", "1.100.000,00");
			this.mvc.perform(vote).andExpect(redirectedUrl(page + "/items/" + itemId));
			if (i == 0) {
				this.mvc.perform(get(page + "/items/" + itemId).with(user(member)))
					.andExpect(content().string(containsString("tüm üyeler oy kullandığında görünür")))
					.andExpect(content().string(not(containsString("Gerekçe 2"))));
			}
		}
		this.mvc.perform(get(page + "/items/" + itemId).with(user(members.get(0))))
			.andExpect(content().string(containsString("Gerekçe 3")))
			.andExpect(content().string(containsString("Sonuç: Kabul edildi")));

		Decision decision = this.decisions.prepare(meeting.getId(), itemId);
		for (DestekUser member : members) {
			this.mvc.perform(get("/board/member/decisions/" + decision.getId()).with(user(member)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("FRM.34.00.05")));
			this.mvc
				.perform(post("/board/member/decisions/" + decision.getId() + "/approve").with(user(member))
					.with(csrf()))
				.andExpect(redirectedUrl("/board/member/decisions/" + decision.getId()));
		}
		this.mvc
			.perform(post("/board/secretariat/decisions/" + decision.getId() + "/register").with(user(this.secretariat))
				.with(csrf()))
			.andExpect(redirectedUrl("/board/secretariat/decisions/" + decision.getId()));
		this.mvc.perform(get("/board/secretariat/decisions/" + decision.getId()).with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KK-")))
			.andExpect(content().string(containsString("Program başlangıç tarihi")));
	}

	@Test
	void aBadAmountOnTheVoteFormIsExplainedAndWhatWasTypedIsKept() throws Exception {
		Board board = this.fixtures.board();
		Long application = this.control.readyForBoard(PROVINCE, "Tutar Hatası Ltd.");
		Long expense = this.applications.find(application).getExpenseItems().get(0).getId();
		Meeting meeting = sentMeeting(board, application);
		Long itemId = this.meetings.find(meeting.getId()).getItems().get(0).getId();
		String page = "/board/member/meetings/" + meeting.getId();
		DestekUser member = principal(board.activeSeats().get(1).getUserId());
		this.mvc.perform(post(page + "/sign").with(user(member)).with(csrf()).param("approve", "true"));
		this.mvc
			.perform(post(page + "/items/" + itemId + "/vote").with(user(member))
				.with(csrf())
				.param("decision", "ACCEPT")
				.param("reason", "Kısmen uygun")
				.param("scores[FINANCIAL_ADEQUACY]", "4")
				.param("scores[TECHNICAL_FIT]", "4")
				.param("scores[NECESSITY]", "3")
				.param("scores[FEASIBILITY]", "5")
				.param("scores[MATURITY_GAIN]", "4")
				.param("amounts[" + expense + "]", "500.000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MADDE 7(7)")))
			.andExpect(content().string(containsString("Kısmen uygun")))
			.andExpect(content().string(containsString("value=\"500.000\"")));
	}

}
