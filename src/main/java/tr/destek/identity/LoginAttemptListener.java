package tr.destek.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;

/**
 * Lock-out after repeated failed sign-ins: after
 * {@code destek.security.max-failed-logins} wrong passwords in a row the account is
 * locked for {@code destek.security.lockout-minutes}. The login page shows the same
 * message whether or not the e-mail exists, so nobody learns which accounts exist.
 */
@Component
class LoginAttemptListener {

	private final UserAccountRepository users;

	private final AuditTrail audit;

	private final Clock clock;

	private final int maxFailedLogins;

	private final Duration lockout;

	LoginAttemptListener(UserAccountRepository users, AuditTrail audit, Clock clock,
			@Value("${destek.security.max-failed-logins:5}") int maxFailedLogins,
			@Value("${destek.security.lockout-minutes:15}") long lockoutMinutes) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.maxFailedLogins = maxFailedLogins;
		this.lockout = Duration.ofMinutes(lockoutMinutes);
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String email = String.valueOf(event.getAuthentication().getPrincipal());
		this.users.findByEmail(email.trim()).ifPresent(account -> {
			Instant now = Instant.now(this.clock);
			account.recordFailedLogin(now, this.maxFailedLogins, this.lockout);
			if (account.isLockedAt(now)) {
				this.audit.recordAs(account.getEmail(), "USER_LOCKED", "UserAccount", account.getId(),
						"Locked after " + this.maxFailedLogins + " failed sign-ins until " + account.getLockedUntil(),
						null, null);
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof DestekUser user) {
			this.users.findById(user.getId()).ifPresent(UserAccount::recordSuccessfulLogin);
		}
	}

}
