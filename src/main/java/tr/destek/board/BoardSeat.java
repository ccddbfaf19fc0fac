package tr.destek.board;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A member's seat on a board from the day he was seated until he was replaced (with the
 * recorded reason). Ended seats stay as the history of who sat when.
 */
@Entity
@Table(name = "board_seat")
public class BoardSeat {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "board_id", nullable = false, updatable = false)
	private Board board;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(name = "seat_role", nullable = false, updatable = false)
	private SeatRole role;

	@Column(name = "seated_at", nullable = false, updatable = false)
	private Instant seatedAt;

	@Column(name = "seated_by", nullable = false, updatable = false)
	private String seatedBy;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "ended_by")
	private String endedBy;

	@Column(name = "end_reason")
	private String endReason;

	protected BoardSeat() {
	}

	BoardSeat(Board board, Long userId, SeatRole role, Instant seatedAt, String seatedBy) {
		this.board = board;
		this.userId = userId;
		this.role = role;
		this.seatedAt = seatedAt;
		this.seatedBy = seatedBy;
	}

	void end(Instant now, String by, String reason) {
		this.endedAt = now;
		this.endedBy = by;
		this.endReason = reason;
	}

	public boolean isActive() {
		return this.endedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getUserId() {
		return this.userId;
	}

	public SeatRole getRole() {
		return this.role;
	}

	public Instant getSeatedAt() {
		return this.seatedAt;
	}

	public String getSeatedBy() {
		return this.seatedBy;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public String getEndedBy() {
		return this.endedBy;
	}

	public String getEndReason() {
		return this.endReason;
	}

	String describe() {
		return this.role + ":" + this.userId;
	}

}
