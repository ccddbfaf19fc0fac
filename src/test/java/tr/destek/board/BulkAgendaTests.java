package tr.destek.board;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tr.destek.kosgeb.ControlFixtures;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, points 7 and 9 for the board secretariat: the candidates of an agenda name
 * the enterprise, its province, the amount and the state; several ready files go on an
 * agenda at once, each checked by the single action's rules (MADDE 10(1), 12(8)),
 * reported and audited per file; a file on an agenda not yet sent leaves the candidates
 * of every meeting. Province 55 only.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class BulkAgendaTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void madde12_8_severalReadyFilesGoOnTheAgendaAtOnceEachCheckedAndAuditedAndTheyLeaveTheCandidates()
			throws Exception {
		ControlFixtures control = ControlFixtures.from(this.context);
		String title1 = "Toplu Gündem Bir " + UUID.randomUUID();
		Long ready1 = control.readyForBoard(55, title1);
		Long ready2 = control.readyForBoard(55, "Toplu Gündem İki " + UUID.randomUUID());
		Long notReady = control.submitted(55, "Toplu Gündem Hazır Değil " + UUID.randomUUID());
		Board board = new BoardFixtures(this.context).board();
		LocalDate day = LocalDate.now(DestekTime.ZONE).plusDays(30 + (int) (Math.random() * 300));
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Samsun", null,
				day.atTime(LocalTime.of(10, 0)));
		Meeting other = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Samsun", null,
				day.plusDays(1).atTime(LocalTime.of(10, 0)));

		// the candidates say who the files are
		Document before = page("/board/secretariat/meetings/" + meeting.getId());
		assertThat(before.getElementById("ready-" + ready1)).isNotNull();
		assertThat(before.getElementById("ready-" + ready1).text()).contains(title1)
			.contains("Samsun")
			.contains("Kurula sunulmaya hazır");
		assertThat(before.getElementById("ready-" + notReady)).isNull();

		MvcResult result = this.mvc
			.perform(post("/board/secretariat/meetings/{id}/applications/bulk", meeting.getId()).with(secretariat())
				.with(csrf())
				.param("applicationIds", String.valueOf(ready1), String.valueOf(ready2), String.valueOf(notReady)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<Object> lines = (List<Object>) result.getFlashMap().get("agendaResults");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0).toString()).contains("done=true");
		assertThat(lines.get(1).toString()).contains("done=true");
		// a file that is not ready is refused with the rule, the others stay added
		assertThat(lines.get(2).toString()).contains("done=false").contains("sunulmaya hazır değil");

		assertThat(this.jdbc.sql("select application_id from board_agenda_item where meeting_id = ? order by position")
			.param(meeting.getId())
			.query(Long.class)
			.list()).containsExactly(ready1, ready2);
		assertThat(
				this.jdbc.sql("select count(*) from audit_entry where action = 'AGENDA_ITEM_ADDED' and entity_id = ?")
					.param(String.valueOf(meeting.getId()))
					.query(Integer.class)
					.single())
			.isEqualTo(2);

		// on this agenda: no longer a candidate here nor for another meeting
		Document after = page("/board/secretariat/meetings/" + meeting.getId());
		assertThat(after.getElementById("ready-" + ready1)).isNull();
		assertThat(after.getElementById("ready-" + ready2)).isNull();
		assertThat(page("/board/secretariat/meetings/" + other.getId()).getElementById("ready-" + ready1)).isNull();
	}

	@Test
	void nothingChosenIsAMessageNotAnError() throws Exception {
		Board board = new BoardFixtures(this.context).board();
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Samsun", null,
				LocalDate.now(DestekTime.ZONE).plusDays(40).atTime(LocalTime.of(11, 0)));
		MvcResult result = this.mvc
			.perform(post("/board/secretariat/meetings/{id}/applications/bulk", meeting.getId()).with(secretariat())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getFlashMap().get("flashErrorKey")).isEqualTo("board.agenda.bulk.none");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(secretariat()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor secretariat() {
		return user("sekretarya@kosgeb.test").roles("BOARD_SECRETARIAT");
	}

}
