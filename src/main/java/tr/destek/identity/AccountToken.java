package tr.destek.identity;

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
 * A one-time link of an account (activation, e-mail confirmation, password reset): only
 * the SHA-256 of the token is stored; it is valid until {@code expiresAt} and once.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Purpose purpose;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AccountToken() {
	}

	AccountToken(Long userId, Purpose purpose, String tokenHash, Instant expiresAt, Instant createdAt) {
		this.userId = userId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
		this.createdAt = createdAt;
	}

	boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	Long getUserId() {
		return this.userId;
	}

	Purpose getPurpose() {
		return this.purpose;
	}

	/** What a link is for. */
	enum Purpose {

		/** An invited colleague or a new staff member sets the first password. */
		ACTIVATION,
		/** A new applicant confirms the e-mail address given at sign-up. */
		EMAIL_CONFIRMATION,
		/** A forgotten password is replaced. */
		PASSWORD_RESET

	}

}
