package tr.destek.board.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.board.Board;
import tr.destek.board.BoardFixtures;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 point 11: a vote with a bad amount, a missing reason and missing scores shows
 * all its errors in one round trip, next to their fields, with the error summary at the
 * top linking to each field and {@code aria-invalid} on each. Red before: the first
 * submission showed the amount and the reason, the scores only on a second one.
 */
@IntegrationTest
class VoteAllErrorsAtOnceTests {

	static final int PROVINCE = 53;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserAccountService users;

	BoardFixtures fixtures;

	ControlFixtures control;

	@BeforeEach
	void setUp() {
		this.fixtures = new BoardFixtures(this.context);
		this.control = ControlFixtures.from(this.context);
	}

	@Test
	void aBadAmountAMissingReasonAndMissingScoresAreShownTogetherNextToTheirFields() throws Exception {
		Board board = this.fixtures.board();
		Long application = this.control.readyForBoard(PROVINCE, "Tek Seferde Hatalar A.Ş.");
		Long expense = this.applications.find(application).getExpenseItems().get(0).getId();
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/web",
				LocalDate.now(DestekTime.ZONE).plusDays(9).atTime(LocalTime.NOON));
		this.meetings.addApplication(meeting.getId(), application);
		this.meetings.sendAgenda(meeting.getId());
		Long itemId = this.meetings.find(meeting.getId()).getItems().get(0).getId();
		String page = "/board/member/meetings/" + meeting.getId();
		DestekUser member = this.control
			.principal(this.users.find(board.activeSeats().get(0).getUserId()).orElseThrow());
		this.mvc.perform(post(page + "/sign").with(user(member)).with(csrf()).param("approve", "true"));

		// before: a page without errors has no summary
		String clean = this.mvc.perform(get(page + "/items/" + itemId).with(user(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(clean).getElementById("error-summary")).isNull();
		// the reason's limit is stated before submitting
		Element reasonField = Jsoup.parse(clean).getElementById("reason");
		assertThat(reasonField.attr("maxlength")).isEqualTo("4000");
		assertThat(Jsoup.parse(clean).getElementById("reason-limit").text()).isEqualTo("En fazla 4.000 karakter.");

		String html = this.mvc
			.perform(post(page + "/items/" + itemId + "/vote").with(user(member))
				.with(csrf())
				.param("decision", "ACCEPT")
				.param("reason", "")
				.param("scores[FINANCIAL_ADEQUACY]", "4")
				.param("scores[TECHNICAL_FIT]", "4")
				.param("amounts[" + expense + "]", "bir milyon"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(html);

		// each error next to its field
		assertThat(doc.getElementById("amounts" + expense + "-error").text()).contains("bir milyon");
		assertThat(doc.getElementById("reason-error").text()).contains("gerekçesini yazın");
		assertThat(doc.getElementById("scoresNECESSITY-error").text()).contains("1 ile 5 arasında");
		assertThat(doc.getElementById("scoresFEASIBILITY-error")).isNotNull();
		assertThat(doc.getElementById("scoresMATURITY_GAIN-error")).isNotNull();
		assertThat(doc.getElementById("scoresFINANCIAL_ADEQUACY-error")).isNull();
		// what was typed is kept
		assertThat(doc.getElementById("amounts" + expense).val()).isEqualTo("bir milyon");
		assertThat(doc.getElementById("scoresFINANCIAL_ADEQUACY").select("option[selected]").val()).isEqualTo("4");

		// invalid fields are marked and described by their message
		for (String id : new String[] { "amounts" + expense, "reason", "scoresNECESSITY" }) {
			Element field = doc.getElementById(id);
			assertThat(field.attr("aria-invalid")).as(id).isEqualTo("true");
			assertThat(field.attr("aria-describedby")).as(id).contains(id + "-error");
		}
		assertThat(doc.getElementById("scoresFINANCIAL_ADEQUACY").hasAttr("aria-invalid")).isFalse();

		// the summary at the top links to each invalid field and takes the focus
		Element summary = doc.getElementById("error-summary");
		assertThat(summary).isNotNull();
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		assertThat(summary.select("a").eachAttr("href")).contains("#amounts" + expense, "#reason", "#scoresNECESSITY",
				"#scoresFEASIBILITY", "#scoresMATURITY_GAIN");
		for (String href : summary.select("a").eachAttr("href")) {
			assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
		}
		assertThat(summary.text()).contains("5 sorun");
		// it comes before the page's own content
		assertThat(doc.select("main > *").first().id()).isEqualTo("error-summary");
	}

}
