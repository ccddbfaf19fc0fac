package tr.destek.board;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.kosgeb.ApplicationStatus;
import tr.destek.kosgeb.ControlQueue;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff control queue follows the application through the board (MADDE 10(3),(5),
 * 12): filters and labels for the board's states.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class ControlQueueBoardStatusTests {

	static final int PROVINCE = 45;

	@Autowired
	ApplicationContext context;

	@Autowired
	ControlQueue queue;

	@Autowired
	MockMvc mvc;

	@Test
	void madde12_theQueueFiltersAndLabelsTheBoardsStates() throws Exception {
		BoardPath path = new BoardPath(this.context);
		Long onAgenda = path.control().readyForBoard(PROVINCE, "Gündemdeki İşletme A.Ş.");
		path.agendaSent(onAgenda);
		Long accepted = path.control().readyForBoard(PROVINCE, "Kabul Edilen A.Ş.");
		path.decided(accepted, VoteDecision.ACCEPT, VoteDecision.ACCEPT, VoteDecision.ACCEPT);
		Long rejected = path.control().readyForBoard(PROVINCE, "Reddedilen A.Ş.");
		path.decided(rejected, VoteDecision.REJECT, VoteDecision.REJECT, VoteDecision.ACCEPT);
		Long correction = path.control().readyForBoard(PROVINCE, "Düzeltilecek A.Ş.");
		path.decided(correction, VoteDecision.REQUEST_CORRECTION, VoteDecision.REQUEST_CORRECTION, VoteDecision.REJECT);
		DestekUser manager = path.control().principal(path.control().staff(Role.UNIT_MANAGER, PROVINCE));

		assertThat(ids(manager, ApplicationStatus.ON_AGENDA)).containsExactly(onAgenda);
		assertThat(ids(manager, ApplicationStatus.ACCEPTED)).containsExactly(accepted);
		assertThat(ids(manager, ApplicationStatus.BOARD_REJECTED)).containsExactly(rejected);
		assertThat(ids(manager, ApplicationStatus.BOARD_CORRECTION_REQUESTED)).containsExactly(correction);
		assertThat(this.queue.page(manager, new ControlQueue.Filter(null, true, null, null), 0).getContent())
			.extracting(ControlQueue.Row::id)
			.contains(onAgenda, accepted, rejected, correction);
		assertThat(this.queue.page(manager, new ControlQueue.Filter(null, false, null, null), 0).getContent())
			.extracting(ControlQueue.Row::id)
			.doesNotContain(onAgenda, accepted, rejected, correction);

		this.mvc.perform(get("/kosgeb/control").param("status", "BOARD_CORRECTION_REQUESTED").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Düzeltilecek A.Ş.")))
			.andExpect(content().string(containsString("Kurul düzeltme istedi")))
			.andExpect(content().string(containsString("value=\"ON_AGENDA\"")))
			.andExpect(content().string(containsString("value=\"ACCEPTED\"")))
			.andExpect(content().string(containsString("value=\"BOARD_REJECTED\"")));
	}

	private List<Long> ids(DestekUser manager, ApplicationStatus status) {
		return this.queue.page(manager, new ControlQueue.Filter(status, false, null, null), 0)
			.getContent()
			.stream()
			.map(ControlQueue.Row::id)
			.toList();
	}

}
