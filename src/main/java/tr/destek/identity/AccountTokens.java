package tr.destek.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Issues and redeems one-time links: 256 random bits from {@link SecureRandom}, Base64url
 * in the link, only their SHA-256 (hex) stored; a link is valid once and until it
 * expires, and a new link of the same purpose retires the earlier ones.
 */
@Component
class AccountTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountTokenRepository tokens;

	private final Clock clock;

	AccountTokens(AccountTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new link for the account; the raw token goes into the e-mail only. */
	String issue(UserAccount account, AccountToken.Purpose purpose, Duration validity) {
		Instant now = Instant.now(this.clock);
		this.tokens.retire(account.getId(), purpose, now);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new AccountToken(account.getId(), purpose, hash(token), now.plus(validity), now));
		return token;
	}

	/** The account a valid link of this purpose belongs to, without using it up. */
	Optional<Long> peek(String token, AccountToken.Purpose purpose) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		return this.tokens.findByTokenHash(hash(token))
			.filter(t -> t.getPurpose() == purpose && t.usableAt(now))
			.map(AccountToken::getUserId);
	}

	/** Uses a valid link up (in the caller's transaction) and names its account. */
	Optional<Long> redeem(String token, AccountToken.Purpose purpose) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		Optional<AccountToken> found = this.tokens.lockByTokenHash(hash(token))
			.filter(t -> t.getPurpose() == purpose && t.usableAt(now));
		found.ifPresent(t -> t.use(now));
		return found.map(AccountToken::getUserId);
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static boolean wellFormed(String token) {
		return token != null && !token.isEmpty() && token.length() <= 100;
	}

}
