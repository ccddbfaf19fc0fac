package tr.destek.board;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every member's vote in a decision body has: the agenda item, the member, the
 * decision and its written reason, and when it was cast (MADDE 12(6), 13(7),(8)). Final
 * once cast; hidden from the other members until all have voted ({@link SecretBallot}).
 * What else a vote carries (the board's scores and amounts) stays with its own class.
 */
@MappedSuperclass
public abstract class MemberVote {

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

	protected MemberVote() {
	}

	protected MemberVote(Long itemId, Long userId, VoteDecision decision, String reason, Instant castAt) {
		this.itemId = itemId;
		this.userId = userId;
		this.decision = decision;
		this.reason = reason;
		this.castAt = castAt;
	}

	/** The vote as the audit trail records it. */
	abstract String describe();

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
