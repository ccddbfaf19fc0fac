package tr.destek.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;

/**
 * Lock-out after repeated failed sign-ins: every
 * {@code destek.security.max-failed-logins} refused sign-ins in a row (wrong password, or
 * any attempt while locked or disabled) lock the account for
 * {@code destek.security.lockout-minutes}. The count is kept by one atomic SQL statement
 * per failure, never by a JPA read-modify-write, so parallel attempts neither lose
 * increments nor fail on an optimistic lock. The login page shows the same message
 * whether or not the e-mail exists, so nobody learns which accounts exist.
 */
@Component
class LoginAttemptListener {

	private static final String COUNT_FAILURE = """
			update user_account set failed_logins = failed_logins + 1,
			  locked_until = case when mod(failed_logins + 1, ?) = 0 then ? else locked_until end
			where lower(email) = lower(?)
			returning id, email, failed_logins, locked_until
			""";

	private final JdbcTemplate jdbc;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	private final int maxFailedLogins;

	private final Duration lockout;

	LoginAttemptListener(JdbcTemplate jdbc, LoginThrottle throttle, AuditTrail audit, Clock clock,
			@Value("${destek.security.max-failed-logins:5}") int maxFailedLogins,
			@Value("${destek.security.lockout-minutes:15}") long lockoutMinutes) {
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.maxFailedLogins = maxFailedLogins;
		this.lockout = Duration.ofMinutes(lockoutMinutes);
	}

	@EventListener({ AuthenticationFailureBadCredentialsEvent.class, AuthenticationFailureLockedEvent.class,
			AuthenticationFailureDisabledEvent.class })
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String email = String.valueOf(event.getAuthentication().getPrincipal()).trim();
		Instant lockedUntil = Instant.now(this.clock).plus(this.lockout);
		List<Counted> counted = this.jdbc.query(COUNT_FAILURE,
				(rs, row) -> new Counted(rs.getLong("id"), rs.getString("email"), rs.getInt("failed_logins")),
				this.maxFailedLogins, Timestamp.from(lockedUntil), email);
		for (Counted account : counted) {
			if (account.failedLogins() % this.maxFailedLogins == 0) {
				this.audit.recordAs(account.email(), "USER_LOCKED", "UserAccount", account.id(),
						"Locked after " + account.failedLogins() + " refused sign-ins in a row until " + lockedUntil
								+ " (" + this.maxFailedLogins + " allowed)",
						null, null);
			}
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication.getPrincipal() instanceof DestekUser user) {
			this.jdbc.update("update user_account set failed_logins = 0, locked_until = null where id = ?",
					user.getId());
			String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
					? details.getRemoteAddress() : null;
			this.throttle.succeeded(address, user.getUsername());
		}
	}

	private record Counted(long id, String email, int failedLogins) {
	}

}
