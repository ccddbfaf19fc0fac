package tr.destek.board;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.kosgeb.ControlFixtures;

/** Test data for boards: members with the board member role and a full KOSGEB board. */
public class BoardFixtures {

	final ControlFixtures control;

	final BoardService boards;

	public BoardFixtures(ApplicationContext context) {
		this.control = ControlFixtures.from(context);
		this.boards = context.getBean(BoardService.class);
	}

	public UserAccount member() {
		return this.control.staff(Role.BOARD_MEMBER, 6);
	}

	/**
	 * A KOSGEB board with a new chair and two new independent evaluators (MADDE 11(1)).
	 */
	public Board board() {
		return this.boards.create("Kurul " + UUID.randomUUID(), BoardKind.BOARD, member().getId(),
				List.of(member().getId(), member().getId()));
	}

}
