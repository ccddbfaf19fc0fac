package tr.destek.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.UserAccountService.InvalidActivationException;
import tr.destek.identity.UserAccountService.UnknownUserException;
import tr.destek.identity.UserAccountService.WrongPasswordException;

/**
 * What a person does with the one-time links mailed to him and with his password: the
 * first password through an activation link, the e-mail confirmation, a password reset, a
 * password change. Each link works once and only within its validity.
 */
@Service
public class AccountCredentials {

	private final UserAccountRepository users;

	private final PasswordHashes passwords;

	private final AccountTokens tokens;

	private final IdentityMails mails;

	private final UserSessions sessions;

	private final AuditTrail audit;

	private final Clock clock;

	AccountCredentials(UserAccountRepository users, PasswordHashes passwords, AccountTokens tokens, IdentityMails mails,
			UserSessions sessions, AuditTrail audit, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.mails = mails;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The account awaiting activation by this token, if the token is valid now. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> findActivation(String token) {
		return this.tokens.peek(token, AccountToken.Purpose.ACTIVATION)
			.flatMap(this.users::findById)
			.filter(UserAccount::isAwaitingActivation);
	}

	/**
	 * Sets the first password through the activation link (once); the link reached the
	 * mailbox, so the address counts as confirmed.
	 */
	@Transactional
	public UserAccount activate(String token, String rawPassword) {
		UserAccount account = this.tokens.redeem(token, AccountToken.Purpose.ACTIVATION)
			.flatMap(this.users::findById)
			.filter(UserAccount::isAwaitingActivation)
			.orElseThrow(InvalidActivationException::new);
		account.setPasswordHash(this.passwords.hash(rawPassword));
		account.confirmEmail(Instant.now(this.clock));
		this.audit.recordAs(account.getEmail(), "USER_ACTIVATED", "UserAccount", account.getId(),
				"Password set through the mailed link; account active", null, account.describe());
		return account;
	}

	/**
	 * Confirms the address through the link mailed at sign-up (once). The account's
	 * sessions end, so its next sign-in carries the confirmation.
	 */
	@Transactional
	public UserAccount confirmEmail(String token) {
		UserAccount account = this.tokens.redeem(token, AccountToken.Purpose.EMAIL_CONFIRMATION)
			.flatMap(this.users::findById)
			.orElseThrow(InvalidActivationException::new);
		String before = account.describe();
		account.confirmEmail(Instant.now(this.clock));
		this.audit.recordAs(account.getEmail(), "USER_EMAIL_CONFIRMED", "UserAccount", account.getId(),
				"E-mail address confirmed through the mailed link", before, account.describe());
		this.sessions.endAfterCommit(account, "e-mail confirmed");
		return account;
	}

	/**
	 * A new confirmation link for a signed-in user whose address is not confirmed yet.
	 */
	@Transactional
	public void resendEmailConfirmation(Long userId) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		if (account.isEmailConfirmed()) {
			return;
		}
		this.audit.recordAs(account.getEmail(), "USER_EMAIL_CONFIRMATION_RESENT", "UserAccount", account.getId(),
				"A new e-mail confirmation link was mailed; earlier links no longer work", null, null);
		this.mails.emailConfirmation(account, this.tokens.issue(account, AccountToken.Purpose.EMAIL_CONFIRMATION,
				UserAccountService.CONFIRMATION_VALIDITY));
	}

	/**
	 * "Forgot my password": mails a reset link (valid 60 minutes, once) if an enabled
	 * account has this address, otherwise does nothing; the caller answers the same
	 * either way.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		if (email == null || email.isBlank()) {
			return;
		}
		this.users.findByEmail(email.trim()).filter(UserAccount::isEnabled).ifPresent(account -> {
			this.audit.recordAs("anonymous", "PASSWORD_RESET_REQUESTED", "UserAccount", account.getId(),
					"Password reset link mailed", null, null);
			this.mails.passwordReset(account,
					this.tokens.issue(account, AccountToken.Purpose.PASSWORD_RESET, UserAccountService.RESET_VALIDITY));
		});
	}

	/** Whether a password reset link is valid now. */
	@Transactional(readOnly = true)
	public boolean passwordResetValid(String token) {
		return this.tokens.peek(token, AccountToken.Purpose.PASSWORD_RESET).isPresent();
	}

	/**
	 * Sets a new password through a reset link (once): the sign-in lock is lifted, the
	 * address counts as confirmed and every session of the account ends.
	 */
	@Transactional
	public UserAccount resetPassword(String token, String rawPassword) {
		UserAccount account = this.tokens.redeem(token, AccountToken.Purpose.PASSWORD_RESET)
			.flatMap(this.users::findById)
			.filter(UserAccount::isEnabled)
			.orElseThrow(InvalidActivationException::new);
		account.setPasswordHash(this.passwords.hash(rawPassword));
		account.confirmEmail(Instant.now(this.clock));
		account.unlock();
		this.audit.recordAs(account.getEmail(), "USER_PASSWORD_RESET", "UserAccount", account.getId(),
				"Password replaced through the mailed reset link", null, null);
		this.sessions.endAfterCommit(account, "password reset");
		return account;
	}

	/**
	 * A signed-in user changes his password, giving the current one; his other sessions
	 * end (the one he is using stays) and he is told by e-mail.
	 * @throws WrongPasswordException when the current password does not match
	 */
	@Transactional
	public UserAccount changePassword(Long userId, String currentPassword, String newPassword,
			String currentSessionId) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		if (!this.passwords.matches(currentPassword, account)) {
			throw new WrongPasswordException();
		}
		account.setPasswordHash(this.passwords.hash(newPassword));
		this.audit.record("USER_PASSWORD_CHANGED", "UserAccount", account.getId(),
				"Password changed by the user; other sessions ended", null, null);
		this.sessions.endOthersAfterCommit(account, currentSessionId, "password changed");
		this.mails.passwordChanged(account);
		return account;
	}

}
