package tr.destek.loan;

import java.time.Instant;

/** An API key of a bank as the admin sees it: never the key itself, only its prefix. */
public record BankApiKey(Long id, String bankCode, String label, String keyPrefix, Instant createdAt, String createdBy,
		Instant revokedAt, String revokedBy, Instant lastUsedAt) {

	public boolean isActive() {
		return this.revokedAt == null;
	}

}
