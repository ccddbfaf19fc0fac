package tr.destek.board;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A commission member's vote on an appeal: accept or reject, with the reason (MADDE
 * 13(7), (8)). Final once cast.
 */
@Entity
@Table(name = "board_appeal_vote")
public class AppealVote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private VoteDecision decision;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "cast_at", nullable = false, updatable = false)
	private Instant castAt;

	protected AppealVote() {
	}

	AppealVote(Long itemId, Long userId, VoteDecision decision, String reason, Instant castAt) {
		this.itemId = itemId;
		this.userId = userId;
		this.decision = decision;
		this.reason = reason;
		this.castAt = castAt;
	}

	String describe() {
		return "member=" + this.userId + ", decision=" + this.decision;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public VoteDecision getDecision() {
		return this.decision;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getCastAt() {
		return this.castAt;
	}

}
