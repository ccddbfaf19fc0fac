package tr.destek.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A decision body (Kurul): the KOSGEB board or the appeal commission. It guards its own
 * composition: exactly the seats its {@link BoardKind} requires (MADDE 11(1): one chair
 * and two independent evaluators), nobody twice, and a member leaves only by being
 * replaced with a recorded reason.
 */
@Entity
@Table(name = "board")
public class Board {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private BoardKind kind;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "board", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<BoardSeat> seats = new ArrayList<>();

	protected Board() {
	}

	/**
	 * A new body with its members.
	 * @param members the user of each seat; the number per role must match the kind
	 * (MADDE 11(1) for the KOSGEB board)
	 */
	Board(String name, BoardKind kind, Map<Long, SeatRole> members, Instant now, String by) {
		this.name = name;
		this.kind = kind;
		this.createdAt = now;
		this.createdBy = by;
		Map<SeatRole, Integer> counts = new EnumMap<>(SeatRole.class);
		members.values().forEach(role -> counts.merge(role, 1, Integer::sum));
		if (!counts.equals(kind.seats())) {
			throw new BoardRuleException("board.error.composition." + kind.name(), kind.article());
		}
		members.forEach((userId, role) -> this.seats.add(new BoardSeat(this, userId, role, now, by)));
	}

	/**
	 * Replaces a sitting member by another user on the same seat; the reason is recorded
	 * and the old seat kept as history.
	 */
	BoardSeat replace(Long seatId, Long newUserId, String reason, Instant now, String by) {
		if (reason == null || reason.isBlank()) {
			throw new BoardRuleException("board.error.replacement-reason");
		}
		BoardSeat seat = activeSeats().stream()
			.filter(s -> s.getId().equals(seatId))
			.findFirst()
			.orElseThrow(() -> new BoardRuleException("board.error.seat-not-active"));
		if (sits(newUserId)) {
			throw new BoardRuleException("board.error.already-member");
		}
		seat.end(now, by, reason.strip());
		BoardSeat successor = new BoardSeat(this, newUserId, seat.getRole(), now, by);
		this.seats.add(successor);
		return successor;
	}

	/** Whether the user holds a seat now. */
	public boolean sits(Long userId) {
		return activeSeats().stream().anyMatch(s -> s.getUserId().equals(userId));
	}

	/** The members sitting now, the chair first. */
	public List<BoardSeat> activeSeats() {
		return this.seats.stream()
			.filter(BoardSeat::isActive)
			.sorted(Comparator.comparing(BoardSeat::getRole).thenComparing(BoardSeat::getUserId))
			.toList();
	}

	/** Every seat ever held, including replaced members with their reasons. */
	public List<BoardSeat> seatHistory() {
		return List.copyOf(this.seats);
	}

	String describe() {
		return "name=" + this.name + ", kind=" + this.kind + ", members="
				+ activeSeats().stream().map(BoardSeat::describe).collect(Collectors.joining(","));
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public BoardKind getKind() {
		return this.kind;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
