package tr.destek.kosgeb;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * The latest decision on an application, whoever took it (unit manager, board, appeal
 * commission, the system, the programme's closing): who, when, and the reasons of a
 * rejection as the applicant is told them (MADDE 9(2), 12(10), 13(10)).
 */
@Embeddable
class DecisionRecord {

	@Column(name = "decided_by")
	@Convert(converter = Decider.AsText.class)
	private Decider decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	void decided(Decider by, Instant now) {
		this.decidedBy = by;
		this.decidedAt = now;
	}

	void rejected(Decider by, Instant now, String reasons) {
		decided(by, now);
		this.rejectionReason = reasons;
	}

	Decider decidedBy() {
		return this.decidedBy;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

	String rejectionReason() {
		return this.rejectionReason;
	}

}
