package tr.destek.board.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tr.destek.board.AppealFixtures;
import tr.destek.board.Ballot;
import tr.destek.board.Board;
import tr.destek.board.BoardFixtures;
import tr.destek.board.Criterion;
import tr.destek.board.Decision;
import tr.destek.board.DecisionService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.board.VoteDecision;
import tr.destek.board.VotingService;
import tr.destek.identity.Role;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 point 12: irreversible actions (send an agenda, register a decision, the
 * manager's approval, {@code ManagerApprovalConfirmationTests}) are offered as a link to
 * a confirmation page that works without JavaScript: a GET page with a summary and the
 * one POST button. Red before: the pages posted the action straight from a button, with
 * no summary and no second step.
 */
@IntegrationTest
class ConfirmationPagesTests {

	static final int PROVINCE = 53;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	VotingService voting;

	@Autowired
	DecisionService decisions;

	@Autowired
	KosgebApplicationService applications;

	BoardFixtures fixtures;

	ControlFixtures control;

	RequestPostProcessor secretariat;

	@BeforeEach
	void setUp() {
		this.fixtures = new BoardFixtures(this.context);
		this.control = ControlFixtures.from(this.context);
		this.secretariat = user(this.control.principal(this.control.staff(Role.BOARD_SECRETARIAT, PROVINCE)));
	}

	private Document page(String path, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * The confirmation page: the summary, and one form posting to the action with the
	 * button.
	 */
	private static Element confirmForm(Document page, String action, String buttonId) {
		assertThat(page.getElementById("confirm-summary")).isNotNull();
		assertThat(page.getElementById("confirm-consequences").text()).contains("geri alınamaz");
		Element form = page.getElementById("confirm-form");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo(action);
		assertThat(form.select("input[name=_csrf]")).isNotEmpty();
		assertThat(form.getElementById(buttonId).attr("type")).isEqualTo("submit");
		assertThat(page.getElementById("confirm-cancel")).isNotNull();
		return form;
	}

	@Test
	void madde12_1_sendingTheAgendaIsConfirmedOnItsOwnPageFirst() throws Exception {
		Board board = this.fixtures.board();
		Long application = this.control.readyForBoard(PROVINCE, "Onay Sayfası A.Ş.");
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/onay",
				LocalDate.now(DestekTime.ZONE).plusDays(9).atTime(LocalTime.NOON));
		this.meetings.addApplication(meeting.getId(), application);
		String path = "/board/secretariat/meetings/" + meeting.getId();

		// the meeting page links to the confirmation; it posts nothing to /send itself
		Document meetingPage = page(path, this.secretariat);
		assertThat(meetingPage.getElementById("send-agenda").attr("href")).isEqualTo(path + "/send");
		assertThat(meetingPage.select("form[action=" + path + "/send]")).isEmpty();

		Document confirm = page(path + "/send", this.secretariat);
		assertThat(confirm.getElementById("confirm-summary").text()).contains(board.getName()).contains("1");
		confirmForm(confirm, path + "/send", "confirm-send-agenda");
		assertThat(this.meetings.find(meeting.getId()).getAgendaSentAt()).isNull();

		this.mvc.perform(post(path + "/send").with(this.secretariat).with(csrf())).andExpect(redirectedUrl(path));
		assertThat(this.meetings.find(meeting.getId()).getAgendaSentAt()).isNotNull();
	}

	@Test
	void madde12_9_registeringADecisionIsConfirmedOnItsOwnPageFirst() throws Exception {
		Board board = this.fixtures.board();
		Long application = this.control.readyForBoard(PROVINCE, "Karar Onayı Ltd.");
		AppealFixtures.OnAgenda on = new AppealFixtures(this.context).onAgenda(board, application);
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 3));
		List<Long> seats = AppealFixtures.seats(board);
		for (Long seat : seats) {
			this.voting.cast(on.meetingId(), on.item().getId(), seat,
					new Ballot(VoteDecision.REJECT, "Gerekçe", scores, Map.of()));
		}
		Decision decision = this.decisions.prepare(on.meetingId(), on.item().getId());
		// a member's e-approval: a confirmation page first, then the POST (MADDE 12(9))
		RequestPostProcessor member = user(this.control.principal(
				this.context.getBean(tr.destek.identity.UserAccountService.class).find(seats.get(0)).orElseThrow()));
		String memberPath = "/board/member/decisions/" + decision.getId();
		assertThat(page(memberPath, member).getElementById("approve-decision").attr("href"))
			.isEqualTo(memberPath + "/approve");
		confirmForm(page(memberPath + "/approve", member), memberPath + "/approve", "confirm-approve-decision");
		this.mvc.perform(post(memberPath + "/approve").with(member).with(csrf())).andExpect(redirectedUrl(memberPath));
		seats.stream().skip(1).forEach(m -> this.decisions.approve(decision.getId(), m));
		String path = "/board/secretariat/decisions/" + decision.getId();

		Document formPage = page(path, this.secretariat);
		assertThat(formPage.getElementById("register").attr("href")).isEqualTo(path + "/register");
		assertThat(formPage.select("form[action=" + path + "/register]")).isEmpty();

		Document confirm = page(path + "/register", this.secretariat);
		assertThat(confirm.getElementById("confirm-summary").text())
			.contains(this.applications.find(application).getReference())
			.contains("Reddedildi");
		confirmForm(confirm, path + "/register", "confirm-register");

		this.mvc.perform(post(path + "/register").with(this.secretariat).with(csrf())).andExpect(redirectedUrl(path));
		assertThat(this.decisions.forItem(on.item().getId()).orElseThrow().isRegistered()).isTrue();
	}

}
