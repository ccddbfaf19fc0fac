package tr.destek.loan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.platform.NotFoundException;

/**
 * Per-bank API keys for bank systems: 256 random bits, shown once when issued, stored as
 * their SHA-256 (enough for keys of this entropy), revocable, with the time of last use.
 */
@Service
public class BankApiKeys {

	static final String ENTITY = "BankApiKey";

	static final String KEY_PREFIX = "dbk_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final BankDirectory banks;

	private final AuditTrail audit;

	private final Clock clock;

	BankApiKeys(JdbcClient jdbc, BankDirectory banks, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.banks = banks;
		this.audit = audit;
		this.clock = clock;
	}

	/** A newly issued key: {@code key} is shown to the admin once and never stored. */
	public record IssuedKey(Long id, String bankCode, String label, String key) implements java.io.Serializable {
	}

	/** Issues a key for the bank. */
	@Transactional
	public IssuedKey issue(String bankCode, String label) {
		if (!this.banks.exists(bankCode)) {
			throw new LoanRuleException("bankCode", "loan.error.bank.unknown");
		}
		String name = (label == null) ? "" : label.trim();
		if (name.isEmpty() || name.length() > 100) {
			throw new LoanRuleException("label", "loan.error.apiKey.label");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String prefix = key.substring(0, KEY_PREFIX.length() + 6);
		Long id = this.jdbc.sql("""
				insert into bank_api_key (bank_code, label, key_prefix, key_hash, created_at, created_by)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(bankCode, name, prefix, sha256(key), Timestamp.from(Instant.now(this.clock)),
					AuditTrail.currentActor())
			.query(Long.class)
			.single();
		this.audit.record("BANK_API_KEY_ISSUED", ENTITY, id, "API key " + prefix + "… issued for " + bankCode, null,
				"bank=" + bankCode + ", label=" + name + ", prefix=" + prefix);
		return new IssuedKey(id, bankCode, name, key);
	}

	/** Revokes a key; a revoked key is refused from then on. */
	@Transactional
	public void revoke(Long keyId) {
		BankApiKey key = find(keyId).orElseThrow(NotFoundException::new);
		if (!key.isActive()) {
			return;
		}
		this.jdbc.sql("update bank_api_key set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(Instant.now(this.clock)), AuditTrail.currentActor(), keyId)
			.update();
		this.audit.record("BANK_API_KEY_REVOKED", ENTITY, keyId,
				"API key " + key.keyPrefix() + "… of " + key.bankCode() + " revoked", "active", "revoked");
	}

	/** Every key, newest first (without the keys themselves). */
	@Transactional(readOnly = true)
	public List<BankApiKey> all() {
		return this.jdbc.sql("select * from bank_api_key order by created_at desc, id desc")
			.query((rs, n) -> new BankApiKey(rs.getLong("id"), rs.getString("bank_code"), rs.getString("label"),
					rs.getString("key_prefix"), instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
					instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"),
					instant(rs.getTimestamp("last_used_at"))))
			.list();
	}

	Optional<BankApiKey> find(Long keyId) {
		return all().stream().filter(k -> k.id().equals(keyId)).findFirst();
	}

	/**
	 * The bank system presenting the key, if the key is known and not revoked; records
	 * the time of use.
	 */
	@Transactional
	public Optional<BankApiClient> authenticate(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		Optional<BankApiClient> client = this.jdbc
			.sql("select id, bank_code, key_prefix from bank_api_key where key_hash = ? and revoked_at is null")
			.param(sha256(key.trim()))
			.query((rs, n) -> new BankApiClient(rs.getString("bank_code"), rs.getLong("id"),
					rs.getString("key_prefix")))
			.optional();
		client.ifPresent(c -> this.jdbc.sql("update bank_api_key set last_used_at = ? where id = ?")
			.params(Timestamp.from(Instant.now(this.clock)), c.keyId())
			.update());
		return client;
	}

	static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
