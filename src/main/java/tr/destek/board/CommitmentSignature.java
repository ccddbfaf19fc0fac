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

/**
 * A member's e-signature of the confidentiality commitment for one meeting: who, when,
 * which text.
 */
@Entity
@Table(name = "board_commitment_signature")
public class CommitmentSignature {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id", nullable = false, updatable = false)
	private Meeting meeting;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(name = "text_version", nullable = false, updatable = false)
	private String textVersion;

	@Column(name = "signed_at", nullable = false, updatable = false)
	private Instant signedAt;

	protected CommitmentSignature() {
	}

	CommitmentSignature(Meeting meeting, Long userId, String textVersion, Instant signedAt) {
		this.meeting = meeting;
		this.userId = userId;
		this.textVersion = textVersion;
		this.signedAt = signedAt;
	}

	public Long getUserId() {
		return this.userId;
	}

	public String getTextVersion() {
		return this.textVersion;
	}

	public Instant getSignedAt() {
		return this.signedAt;
	}

}
