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
 * Who sits for a meeting, fixed when its agenda is sent (MADDE 11(1), 12(1), 13(7)): a
 * seat for the whole meeting, or a substitute for one agenda item in place of a
 * conflicted member (MADDE 18(10)). Replacing a board member afterwards changes the
 * board, not this record; it changes only by a recorded substitution.
 */
@Entity
@Table(name = "board_participation")
public class MeetingParticipation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id", nullable = false, updatable = false)
	private Meeting meeting;

	/** the item a substitute sits for; {@code null} for a seat for the whole meeting */
	@Column(name = "item_id", updatable = false)
	private Long itemId;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(name = "seat_role", nullable = false, updatable = false)
	private SeatRole seatRole;

	/** the conflicted member a substitute sits in place of */
	@Column(name = "substitute_of", updatable = false)
	private Long substituteOf;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	protected MeetingParticipation() {
	}

	private MeetingParticipation(Meeting meeting, Long itemId, Long userId, SeatRole seatRole, Long substituteOf,
			Instant recordedAt, String recordedBy) {
		this.meeting = meeting;
		this.itemId = itemId;
		this.userId = userId;
		this.seatRole = seatRole;
		this.substituteOf = substituteOf;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	static MeetingParticipation seat(Meeting meeting, BoardSeat seat, Instant now, String by) {
		return new MeetingParticipation(meeting, null, seat.getUserId(), seat.getRole(), null, now, by);
	}

	static MeetingParticipation substitute(Meeting meeting, Long itemId, Long userId, SeatRole role, Long replaced,
			Instant now, String by) {
		return new MeetingParticipation(meeting, itemId, userId, role, replaced, now, by);
	}

	/** Whether this is a seat for the whole meeting (not one item's substitute). */
	public boolean isWholeMeeting() {
		return this.itemId == null;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public SeatRole getSeatRole() {
		return this.seatRole;
	}

	public Long getSubstituteOf() {
		return this.substituteOf;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
