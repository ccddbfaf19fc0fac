package tr.destek.board;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A commission member's e-approval of the İtiraz Karar Formu (MADDE 13(8)). */
@Entity
@Table(name = "board_appeal_decision_approval")
public class AppealDecisionApproval {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "decision_id", nullable = false, updatable = false)
	private AppealDecision decision;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(name = "approved_at", nullable = false, updatable = false)
	private Instant approvedAt;

	protected AppealDecisionApproval() {
	}

	AppealDecisionApproval(AppealDecision decision, Long userId, Instant approvedAt) {
		this.decision = decision;
		this.userId = userId;
		this.approvedAt = approvedAt;
	}

	public Long getUserId() {
		return this.userId;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

}
