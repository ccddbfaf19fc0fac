package tr.destek.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.DestekTime;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sits for a meeting is fixed when its agenda is sent (MADDE 11(1), 12(1), 18(10)):
 * replacing a board member afterwards changes the board, not the meetings already sent.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class ParticipationTests {

	static final int PROVINCE = 43;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeetingService meetings;

	@Autowired
	BoardMemberService members;

	@Autowired
	BoardService boards;

	@Autowired
	VotingService voting;

	@Autowired
	DecisionService decisions;

	@Autowired
	KosgebApplicationService applications;

	BoardPath path;

	@BeforeEach
	void setUp() {
		this.path = new BoardPath(this.context);
	}

	Meeting sent(Board board, Long applicationId) {
		Meeting scheduled = this.meetings.schedule(board.getId(), MeetingFormat.ELECTRONIC, null,
				"https://toplanti.kosgeb.gov.tr/katilim",
				LocalDate.now(DestekTime.ZONE).plusDays(12).atTime(LocalTime.of(11, 0)));
		this.meetings.addApplication(scheduled.getId(), applicationId);
		return this.meetings.sendAgenda(scheduled.getId());
	}

	Long replace(Board board, Long leaving) {
		Long seatId = this.boards.find(board.getId())
			.activeSeats()
			.stream()
			.filter(s -> s.getUserId().equals(leaving))
			.findFirst()
			.orElseThrow()
			.getId();
		Long successor = this.path.fixtures.member().getId();
		this.boards.replaceMember(board.getId(), seatId, successor, "Görev yeri değişti");
		return successor;
	}

	Ballot accept(Long applicationId) {
		Map<String, Integer> scores = this.voting.criteria()
			.stream()
			.collect(Collectors.toMap(Criterion::getCode, c -> 4));
		Long expense = this.applications.find(applicationId).getExpenseItems().get(0).getId();
		return new Ballot(VoteDecision.ACCEPT, "Plan uygun", scores, Map.of(expense, new BigDecimal("1100000")));
	}

	@Test
	void aSuccessorSeatedAfterTheAgendaWasSentDoesNotSitForThatMeeting_theReplacedMemberStillDoes() {
		Board board = this.path.fixtures.board();
		Long application = this.path.control().readyForBoard(PROVINCE, "Katılım Kaydı A.Ş.");
		Meeting meeting = sent(board, application);
		Long itemId = this.meetings.find(meeting.getId()).getItems().get(0).getId();
		Long leaving = board.activeSeats().get(1).getUserId();

		Long successor = replace(board, leaving);

		// the successor: no meeting, no signing, no file, no vote, no result
		assertThat(this.members.meetingsOf(successor)).isEmpty();
		assertThatThrownBy(() -> this.members.meeting(meeting.getId(), successor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.members.sign(meeting.getId(), successor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.members.file(meeting.getId(), itemId, successor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.voting.cast(meeting.getId(), itemId, successor, accept(application)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.voting.resultForMember(meeting.getId(), itemId, successor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.members.declareConflict(meeting.getId(), itemId, successor, null))
			.isInstanceOf(AccessDeniedException.class);

		// the replaced member still sits for the meeting he was sent
		assertThat(this.members.meetingsOf(leaving)).extracting(Meeting::getId).contains(meeting.getId());
		this.members.sign(meeting.getId(), leaving);
		assertThat(this.members.file(meeting.getId(), itemId, leaving).ref().id()).isEqualTo(application);
		this.voting.cast(meeting.getId(), itemId, leaving, accept(application));
		assertThat(this.meetings.find(meeting.getId()).boardMembers()).contains(leaving).doesNotContain(successor);

		// a meeting sent after the replacement is the successor's
		Meeting next = sent(board, this.path.control().readyForBoard(PROVINCE, "Sonraki Toplantı A.Ş."));
		assertThat(this.members.meetingsOf(successor)).extracting(Meeting::getId).containsExactly(next.getId());
		assertThatThrownBy(() -> this.members.meeting(next.getId(), leaving)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aDecidedItemTakesNoVote_andASuccessorSeesNoHiddenVotesOrApprovesTheForm() {
		Long application = this.path.control().readyForBoard(PROVINCE, "Karara Bağlandı A.Ş.");
		Decision prepared = this.path.prepared(application);
		Meeting meeting = this.meetings.find(prepared.getMeetingId());
		Board board = meeting.getBoard();
		Long itemId = prepared.getItemId();
		Long voter = meeting.boardMembers().get(0);

		// one check in the shared mechanics: a decided item takes no further vote
		assertThatThrownBy(() -> this.voting.cast(meeting.getId(), itemId, voter, accept(application)))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.vote.item-decided"));

		Long leaving = meeting.boardMembers().get(2);
		Long successor = replace(board, leaving);
		assertThatThrownBy(() -> this.members.sign(meeting.getId(), successor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.voting.resultForMember(meeting.getId(), itemId, successor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.decisions.approve(prepared.getId(), successor))
			.isInstanceOf(AccessDeniedException.class);

		Decision registered = this.decisions.register(prepared.getId());
		assertThat(registered.approvals()).extracting(MemberApproval::getUserId)
			.containsExactlyInAnyOrderElementsOf(meeting.boardMembers())
			.contains(leaving)
			.doesNotContain(successor);
	}

}
