package tr.destek.board;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A sitting member's e-approval of a decision form: the Kurul Karar Formu (MADDE 12(9))
 * or the İtiraz Karar Formu (MADDE 13(8)). Final once given.
 */
@Embeddable
public class MemberApproval {

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(name = "approved_at", nullable = false, updatable = false)
	private Instant approvedAt;

	protected MemberApproval() {
	}

	MemberApproval(Long userId, Instant approvedAt) {
		this.userId = userId;
		this.approvedAt = approvedAt;
	}

	public Long getUserId() {
		return this.userId;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MemberApproval that && Objects.equals(this.userId, that.userId)
				&& Objects.equals(this.approvedAt, that.approvedAt);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.userId, this.approvedAt);
	}

}
