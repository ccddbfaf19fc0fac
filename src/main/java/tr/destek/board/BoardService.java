package tr.destek.board;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.enterprise.TaxNumber;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.NotFoundException;

/**
 * The secretariat's work on decision bodies: creating a board with its members (MADDE
 * 11(1)), running several boards (MADDE 12(4)) and replacing a member with a recorded
 * reason. Every change is audited in the same transaction.
 */
@Service
public class BoardService {

	/** The audit entity type of boards. */
	public static final String ENTITY = "Board";

	private final BoardRepository boards;

	private final UserAccountService users;

	private final AuditTrail audit;

	private final Clock clock;

	BoardService(BoardRepository boards, UserAccountService users, AuditTrail audit, Clock clock) {
		this.boards = boards;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a body: for the KOSGEB board one chair (a KOSGEB staff member) and two
	 * independent evaluators (MADDE 11(1)); every member must hold the kind's member role
	 * and may sit only once.
	 */
	@Transactional
	public Board create(String name, BoardKind kind, Long chairId, List<Long> otherMemberIds) {
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty()) {
			throw new BoardRuleException("board.error.name-required");
		}
		if (this.boards.nameTaken(cleanName)) {
			throw new BoardRuleException("board.error.name-taken", cleanName);
		}
		SeatRole otherRole = kind == BoardKind.BOARD ? SeatRole.INDEPENDENT_EVALUATOR : SeatRole.MEMBER;
		Map<Long, SeatRole> members = new LinkedHashMap<>();
		requireEligible(chairId, kind);
		members.put(chairId, SeatRole.CHAIR);
		for (Long id : otherMemberIds) {
			requireEligible(id, kind);
			if (members.putIfAbsent(id, otherRole) != null) {
				throw new BoardRuleException("board.error.already-member");
			}
		}
		Board board = this.boards
			.save(new Board(cleanName, kind, members, Instant.now(this.clock), AuditTrail.currentActor()));
		this.audit.record("BOARD_CREATED", ENTITY, board.getId(),
				"Board " + cleanName + " created (" + kind.article() + ")", null, board.describe());
		return board;
	}

	/** Replaces a sitting member; the reason is required and recorded. */
	@Transactional
	public BoardSeat replaceMember(Long boardId, Long seatId, Long newUserId, String reason) {
		Board board = this.boards.findById(boardId).orElseThrow(NotFoundException::new);
		requireEligible(newUserId, board.getKind());
		String before = board.describe();
		BoardSeat successor = board.replace(seatId, newUserId, reason, Instant.now(this.clock),
				AuditTrail.currentActor());
		this.boards.flush();
		this.audit.record("BOARD_MEMBER_REPLACED", ENTITY, board.getId(), "Seat " + seatId + " replaced: " + reason,
				before, board.describe());
		return successor;
	}

	/**
	 * Records a member's TCKN, so that his conflicts of interest with enterprises on an
	 * agenda are detected (MADDE 18(10)).
	 */
	@Transactional
	public UserAccount recordMemberTckn(Long userId, String tckn) {
		String digits = tckn == null ? "" : tckn.strip();
		if (!TaxNumber.isValidTckn(digits)) {
			throw new BoardRuleException("board.error.tckn-invalid");
		}
		return this.users.setTckn(userId, digits);
	}

	@Transactional(readOnly = true)
	public List<Board> all() {
		List<Board> all = this.boards.findAll(org.springframework.data.domain.Sort.by("name"));
		all.forEach(Board::activeSeats);
		return all;
	}

	/** A board with its seats. */
	@Transactional(readOnly = true)
	public Board find(Long boardId) {
		Board board = this.boards.findById(boardId).orElseThrow(NotFoundException::new);
		board.seatHistory();
		return board;
	}

	/** The boards a user sits on now. */
	@Transactional(readOnly = true)
	public List<Board> boardsOf(Long userId) {
		List<Board> sitting = this.boards.findSittingMember(userId);
		sitting.forEach(Board::activeSeats);
		return sitting;
	}

	private void requireEligible(Long userId, BoardKind kind) {
		UserAccount user = userId == null ? null : this.users.find(userId).orElse(null);
		if (user == null || !user.isEnabled() || !user.hasRole(kind.memberRole())) {
			throw new BoardRuleException("board.error.not-a-member-role." + kind.name(), kind.article());
		}
	}

}
