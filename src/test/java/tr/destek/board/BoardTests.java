package tr.destek.board;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "sekretarya@kosgeb.test", roles = "BOARD_SECRETARIAT")
class BoardTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	BoardService boards;

	@Autowired
	AuditTrail audit;

	BoardFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new BoardFixtures(this.context);
	}

	@Test
	void madde11_1_aBoardHasAChairAndTwoIndependentEvaluators() {
		UserAccount chair = this.fixtures.member();
		UserAccount first = this.fixtures.member();
		UserAccount second = this.fixtures.member();

		Board board = this.boards.create("Kurul " + UUID.randomUUID(), BoardKind.BOARD, chair.getId(),
				List.of(first.getId(), second.getId()));

		Board loaded = this.boards.find(board.getId());
		assertThat(loaded.activeSeats()).extracting(BoardSeat::getRole, BoardSeat::getUserId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SeatRole.CHAIR, chair.getId()),
					org.assertj.core.groups.Tuple.tuple(SeatRole.INDEPENDENT_EVALUATOR,
							Math.min(first.getId(), second.getId())),
					org.assertj.core.groups.Tuple.tuple(SeatRole.INDEPENDENT_EVALUATOR,
							Math.max(first.getId(), second.getId())));
		assertThat(this.audit.history(BoardService.ENTITY, board.getId())).singleElement()
			.satisfies(e -> assertThat(e.getAction()).isEqualTo("BOARD_CREATED"));
		assertThat(this.boards.boardsOf(first.getId())).extracting(Board::getId).containsExactly(board.getId());
	}

	@Test
	void madde11_1_aBoardOfTwoOrFourMembersIsRefused() {
		UserAccount chair = this.fixtures.member();
		assertThatThrownBy(() -> this.boards.create("Kurul " + UUID.randomUUID(), BoardKind.BOARD, chair.getId(),
				List.of(this.fixtures.member().getId())))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.composition.BOARD"));
		assertThatThrownBy(() -> this.boards.create("Kurul " + UUID.randomUUID(), BoardKind.BOARD, chair.getId(), List
			.of(this.fixtures.member().getId(), this.fixtures.member().getId(), this.fixtures.member().getId())))
			.isInstanceOf(BoardRuleException.class);
	}

	@Test
	void theSamePersonCannotHoldTwoSeats() {
		UserAccount chair = this.fixtures.member();
		UserAccount evaluator = this.fixtures.member();
		assertThatThrownBy(() -> this.boards.create("Kurul " + UUID.randomUUID(), BoardKind.BOARD, chair.getId(),
				List.of(evaluator.getId(), chair.getId())))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.already-member"));
	}

	@Test
	void onlyUsersWithTheBoardMemberRoleSit() {
		UserAccount staff = this.fixtures.control.staff(Role.RESPONSIBLE_STAFF, 6);
		assertThatThrownBy(() -> this.boards.create("Kurul " + UUID.randomUUID(), BoardKind.BOARD, staff.getId(),
				List.of(this.fixtures.member().getId(), this.fixtures.member().getId())))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.not-a-member-role.BOARD"));
	}

	@Test
	void boardNamesAreUnique() {
		Board board = this.fixtures.board();
		assertThatThrownBy(() -> this.boards.create(board.getName().toUpperCase(java.util.Locale.ROOT), BoardKind.BOARD,
				this.fixtures.member().getId(),
				List.of(this.fixtures.member().getId(), this.fixtures.member().getId())))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.name-taken"));
	}

	@Test
	void aReplacedMemberLeavesWithTheRecordedReasonAndTheSuccessorTakesTheSeat() {
		Board board = this.fixtures.board();
		BoardSeat leaving = board.activeSeats().get(1);
		UserAccount successor = this.fixtures.member();

		BoardSeat seat = this.boards.replaceMember(board.getId(), leaving.getId(), successor.getId(),
				"Görev süresi doldu");

		Board loaded = this.boards.find(board.getId());
		assertThat(seat.getRole()).isEqualTo(SeatRole.INDEPENDENT_EVALUATOR);
		assertThat(loaded.activeSeats()).hasSize(3)
			.extracting(BoardSeat::getUserId)
			.contains(successor.getId())
			.doesNotContain(leaving.getUserId());
		assertThat(loaded.seatHistory()).filteredOn(s -> s.getId().equals(leaving.getId()))
			.singleElement()
			.satisfies(s -> {
				assertThat(s.getEndReason()).isEqualTo("Görev süresi doldu");
				assertThat(s.getEndedBy()).isEqualTo("sekretarya@kosgeb.test");
			});
		assertThat(this.boards.boardsOf(leaving.getUserId())).isEmpty();
		assertThat(this.audit.history(BoardService.ENTITY, board.getId())).extracting(e -> e.getAction())
			.containsExactly("BOARD_CREATED", "BOARD_MEMBER_REPLACED");
	}

	@Test
	void aReplacementNeedsAReason() {
		Board board = this.fixtures.board();
		Long seatId = board.activeSeats().get(0).getId();
		Long successor = this.fixtures.member().getId();
		assertThatThrownBy(() -> this.boards.replaceMember(board.getId(), seatId, successor, "  "))
			.isInstanceOfSatisfying(BoardRuleException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("board.error.replacement-reason"));
		assertThat(this.boards.find(board.getId()).activeSeats().get(0).getId()).isEqualTo(seatId);
	}

}
