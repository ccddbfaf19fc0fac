package tr.destek.board.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.board.BoardPath;
import tr.destek.board.MeetingService;
import tr.destek.identity.DestekUser;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ids of a meeting's children are looked up through the meeting, and a meeting through
 * the member's seat, before anything else (isolation sweep, issue #9): another meeting's
 * agenda item is not found for the secretariat, and a member who does not sit on a
 * meeting is refused (403, as on the meeting's page) its commitment, approved or not.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class ForeignMeetingIdTests {

	/** Isparta: one of the isolation sweep's provinces, used by no other test */
	static final int PROVINCE = 32;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Test
	void anotherMeetingsAgendaItemIsNotFoundAndStaysOnItsAgenda() throws Exception {
		BoardPath path = new BoardPath(this.context);
		BoardPath.Run first = path.agendaSent(path.control().readyForBoard(PROVINCE, "Gündem Bir A.Ş."));
		BoardPath.Run second = path.agendaSent(path.control().readyForBoard(PROVINCE, "Gündem İki A.Ş."));

		this.mvc
			.perform(post("/board/secretariat/meetings/{id}/items/{itemId}/remove", second.meeting().getId(),
					first.item().getId())
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.meetings.find(first.meeting().getId()).getItems()).hasSize(1);
	}

	@Test
	void aMemberWhoDoesNotSitOnTheMeetingIsRefusedItsCommitment_approvedOrNot() throws Exception {
		BoardPath path = new BoardPath(this.context);
		BoardPath.Run run = path.agendaSent(path.control().readyForBoard(PROVINCE, "Taahhüt A.Ş."));
		DestekUser stranger = path.control().principal(path.fixtures.member());

		this.mvc
			.perform(post("/board/member/meetings/{id}/sign", run.meeting().getId()).with(user(stranger)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/board/member/meetings/{id}/sign", run.meeting().getId()).param("approve", "true")
				.with(user(stranger))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

}
