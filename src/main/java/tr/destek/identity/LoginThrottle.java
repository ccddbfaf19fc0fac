package tr.destek.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tr.destek.audit.AuditTrail;

/**
 * Sign-in throttling shared by every node: attempts per client address and per submitted
 * e-mail are counted in PostgreSQL in a fixed window ({@code login_throttle}, one atomic
 * upsert per key, so parallel attempts are never lost). Over the limit, attempts are
 * refused without checking the password until the window ends; the block always expires
 * on its own, so nobody can lock a victim out for good. The e-mail key is taken from what
 * was typed, whether or not such an account exists, so unknown and existing addresses get
 * the same answers.
 */
@Component
class LoginThrottle {

	private static final String RESERVE = """
			insert into login_throttle (throttle_key, attempts, window_start) values (?, 1, ?)
			on conflict (throttle_key) do update set
			  attempts = case when login_throttle.window_start <= ? then 1 else login_throttle.attempts + 1 end,
			  window_start = case when login_throttle.window_start <= ? then excluded.window_start
			                      else login_throttle.window_start end
			returning attempts, window_start
			""";

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final int maxPerAccount;

	private final int maxPerAddress;

	private final int maxSignupsPerAddress;

	private final Duration window;

	private final int maxResetsPerEmail;

	private final int maxResetsPerAddress;

	LoginThrottle(JdbcTemplate jdbc, AuditTrail audit, Clock clock,
			@Value("${destek.security.throttle.max-attempts-per-account:10}") int maxPerAccount,
			@Value("${destek.security.throttle.max-failures-per-address:50}") int maxPerAddress,
			@Value("${destek.security.throttle.max-refused-signups-per-address:30}") int maxSignupsPerAddress,
			@Value("${destek.security.throttle.window-minutes:15}") long windowMinutes,
			@Value("${destek.security.throttle.max-password-resets-per-email:3}") int maxResetsPerEmail,
			@Value("${destek.security.throttle.max-password-resets-per-address:20}") int maxResetsPerAddress) {
		this.maxResetsPerEmail = maxResetsPerEmail;
		this.maxResetsPerAddress = maxResetsPerAddress;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxPerAccount = maxPerAccount;
		this.maxPerAddress = maxPerAddress;
		this.maxSignupsPerAddress = maxSignupsPerAddress;
		this.window = Duration.ofMinutes(windowMinutes);
	}

	/**
	 * Counts one sign-in attempt for the address and for the typed e-mail; empty if it
	 * may go on to the password check, otherwise when the caller may try again.
	 */
	Optional<Instant> reserve(String address, String email) {
		Instant now = Instant.now(this.clock);
		Optional<Instant> byAddress = reserve("address", addressKey(address), this.maxPerAddress, now);
		Optional<Instant> byAccount = reserve("account", accountKey(email), this.maxPerAccount, now);
		if (byAddress.isPresent() && byAccount.isPresent()) {
			return Optional.of(byAddress.get().isAfter(byAccount.get()) ? byAddress.get() : byAccount.get());
		}
		return byAddress.isPresent() ? byAddress : byAccount;
	}

	/**
	 * A successful sign-in: the e-mail's count starts again and the address gets its
	 * attempt back (the address limit counts failures only, so an office behind one NAT
	 * address is not slowed by its colleagues' good sign-ins).
	 */
	void succeeded(String address, String email) {
		this.jdbc.update("delete from login_throttle where throttle_key = ?", accountKey(email));
		this.jdbc.update("update login_throttle set attempts = greatest(attempts - 1, 0) where throttle_key = ?",
				addressKey(address));
		this.jdbc.update("delete from login_throttle where window_start <= ?",
				Timestamp.from(Instant.now(this.clock).minus(this.window)));
	}

	/**
	 * Counts one sign-up or invitation from the address (forms that answer whether an
	 * e-mail or a tax number is taken); empty if it may go on, otherwise when the caller
	 * may try again.
	 */
	Optional<Instant> reserveSignup(String address) {
		return reserve("signup", signupKey(address), this.maxSignupsPerAddress, Instant.now(this.clock));
	}

	/**
	 * Counts one "forgot my password" request for the address and for the typed e-mail
	 * (whether or not an account has it); empty if it may go on, otherwise when the
	 * caller may try again.
	 */
	Optional<Instant> reservePasswordReset(String address, String email) {
		Instant now = Instant.now(this.clock);
		Optional<Instant> byAddress = reserve("reset-address", "reset:" + addressKey(address), this.maxResetsPerAddress,
				now);
		Optional<Instant> byEmail = reserve("reset-account", "reset:" + accountKey(email), this.maxResetsPerEmail, now);
		return byAddress.isPresent() ? byAddress : byEmail;
	}

	/**
	 * A sign-up or invitation that went through gives its attempt back: only refused ones
	 * (the probes) count.
	 */
	void signupSucceeded(String address) {
		this.jdbc.update("update login_throttle set attempts = greatest(attempts - 1, 0) where throttle_key = ?",
				signupKey(address));
	}

	/**
	 * Whether this is the first event of {@code key} in the current window (counted
	 * atomically, across nodes): used to send at most one warning e-mail per address and
	 * window, so nobody can flood a mailbox through the sign-up form.
	 */
	boolean firstInWindow(String key) {
		Instant now = Instant.now(this.clock);
		Timestamp expired = Timestamp.from(now.minus(this.window));
		Integer attempts = this.jdbc.queryForObject(RESERVE, (rs, row) -> rs.getInt("attempts"), key,
				Timestamp.from(now), expired, expired);
		return attempts != null && attempts == 1;
	}

	/** Whole minutes (at least 1) from now until {@code until}. */
	long minutesUntil(Instant until) {
		long seconds = Duration.between(Instant.now(this.clock), until).getSeconds();
		return Math.max(1, (seconds + 59) / 60);
	}

	private Optional<Instant> reserve(String kind, String key, int limit, Instant now) {
		Timestamp expired = Timestamp.from(now.minus(this.window));
		Window counted = this.jdbc.queryForObject(RESERVE,
				(rs, row) -> new Window(rs.getInt("attempts"), rs.getTimestamp("window_start").toInstant()), key,
				Timestamp.from(now), expired, expired);
		if (counted.attempts() <= limit) {
			return Optional.empty();
		}
		Instant until = counted.start().plus(this.window);
		if (counted.attempts() == limit + 1) {
			this.audit.recordAs("anonymous", "LOGIN_THROTTLED", "LoginThrottle", kind,
					"Sign-in attempts refused until " + until + " for " + key, null, null);
		}
		return Optional.of(until);
	}

	private record Window(int attempts, Instant start) {
	}

	static String accountKey(String email) {
		String typed = (email == null) ? "" : email.trim().toLowerCase(Locale.ROOT);
		return "account:" + (typed.length() > 250 ? typed.substring(0, 250) : typed);
	}

	static String signupKey(String address) {
		return "signup:" + ((address == null) ? "" : address);
	}

	static String addressKey(String address) {
		return "address:" + ((address == null) ? "" : address);
	}

}
