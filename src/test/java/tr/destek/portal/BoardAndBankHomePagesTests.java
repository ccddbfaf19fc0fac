package tr.destek.portal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.board.Board;
import tr.destek.board.BoardFixtures;
import tr.destek.board.BoardMemberService;
import tr.destek.board.Meeting;
import tr.destek.board.MeetingFormat;
import tr.destek.board.MeetingService;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.loan.BankDirectory;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, point 8 for board members and bank officers: a member's home page lists the
 * meetings whose confidentiality commitment (FRM.34.00.04, MADDE 11(1)) he has not signed
 * and the items waiting for his vote; a bank officer's names his bank and its work.
 * Applications in province 55 only.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class BoardAndBankHomePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	UserAccountService users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	BankDirectory banks;

	@Test
	void aMemberSeesTheMeetingToSignAndTheVotesWaitingUntilHeSigns() throws Exception {
		Long ready = ControlFixtures.from(this.context).readyForBoard(55, "Üye Ana Sayfa " + UUID.randomUUID());
		Board board = new BoardFixtures(this.context).board();
		Meeting meeting = this.meetings.schedule(board.getId(), MeetingFormat.PHYSICAL, "Samsun", null,
				LocalDate.now(DestekTime.ZONE).plusDays(10).atTime(LocalTime.of(9, 30)));
		this.meetings.addApplication(meeting.getId(), ready);
		this.meetings.sendAgenda(meeting.getId());
		Long chair = board.activeSeats().get(0).getUserId();
		String email = this.users.find(chair).orElseThrow().getEmail();

		Document before = page(email);
		assertThat(before.select("#work-member-sign a[href='/board/member/meetings/" + meeting.getId() + "']"))
			.hasSize(1);
		assertThat(before.getElementById("work-member-votes").attr("data-count")).isEqualTo("1");
		assertThat(before.getElementById("work-member-approvals").attr("data-count")).isEqualTo("0");

		this.members.sign(meeting.getId(), chair);
		Document after = page(email);
		assertThat(after.select("a[href='/board/member/meetings/" + meeting.getId() + "']")).isEmpty();
		assertThat(after.getElementById("work-member-votes").attr("data-count")).isEqualTo("1");
	}

	@Test
	void aBankOfficerSeesHisBanksWork() throws Exception {
		UserAccount officer = this.users.createStaffWithPassword("banka-" + UUID.randomUUID() + "@ornek-banka.com.tr",
				"Banka Memuru Samsun", EnumSet.of(Role.BANK_OFFICER), "Banka-Ana-Sayfa-2026");
		this.banks.assign(officer.getId(), "ZIRAAT");
		Document page = page(officer.getEmail());
		assertThat(page.getElementById("work-bank-title").text()).contains(this.banks.name("ZIRAAT"));
		assertThat(page.getElementById("work-bank-waiting").attr("data-count")).isNotBlank();
		assertThat(page.getElementById("work-bank-DISBURSED")).isNotNull();
	}

	private Document page(String email) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/dashboard").with(user(this.userDetails.loadUserByUsername(email))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
