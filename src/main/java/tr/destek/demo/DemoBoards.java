package tr.destek.demo;

import java.util.List;

import org.springframework.stereotype.Component;

import tr.destek.board.Board;
import tr.destek.board.BoardKind;
import tr.destek.board.BoardService;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;

/**
 * The demo KOSGEB board (a chair and two independent evaluators, MADDE 11(1)) and the
 * appeal commission (the head of department and two directors, MADDE 13(4)), seated from
 * the demo members, so the secretariat can schedule a meeting at once. Kept when they
 * exist (looked up by name).
 */
@Component
class DemoBoards {

	static final String BOARD = "KOSGEB Dijital Dönüşüm Değerlendirme Kurulu (Konya)";

	static final String COMMISSION = "KOSGEB Dijital Dönüşüm İtiraz Komisyonu";

	static final List<String> BOARD_MEMBERS = List.of("board-member@demo.destek.gov.tr",
			"board-member-2@demo.destek.gov.tr", "board-member-3@demo.destek.gov.tr");

	static final List<String> COMMISSION_MEMBERS = List.of("appeal-commission-member@demo.destek.gov.tr",
			"appeal-commission-member-2@demo.destek.gov.tr", "appeal-commission-member-3@demo.destek.gov.tr");

	private final BoardService boards;

	private final UserAccountService users;

	private final DemoActors actors;

	DemoBoards(BoardService boards, UserAccountService users, DemoActors actors) {
		this.boards = boards;
		this.users = users;
		this.actors = actors;
	}

	/**
	 * Creates what is missing, as the demo secretariat; joins the caller's transaction.
	 */
	void load() {
		ensure(BOARD, BoardKind.BOARD, BOARD_MEMBERS);
		ensure(COMMISSION, BoardKind.APPEAL_COMMISSION, COMMISSION_MEMBERS);
	}

	/** The demo KOSGEB board. */
	Board board() {
		return this.boards.all()
			.stream()
			.filter(b -> b.getName().equals(BOARD))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("demo board missing"));
	}

	private void ensure(String name, BoardKind kind, List<String> members) {
		if (this.boards.all().stream().anyMatch(b -> b.getName().equals(name))) {
			return;
		}
		List<Long> ids = members.stream()
			.map(email -> this.users.findByEmail(email).orElseThrow())
			.map(UserAccount::getId)
			.toList();
		this.actors.as(DemoData.SECRETARIAT,
				secretariat -> this.boards.create(name, kind, ids.get(0), ids.subList(1, ids.size())));
	}

}
