package tr.destek.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;

/** The identity module's API: accounts, roles, invitations and activation. */
@Service
public class UserAccountService {

	/** How long an invitation or a new staff account's activation link stays valid. */
	static final Duration ACTIVATION_VALIDITY = Duration.ofDays(7);

	/** How long the e-mail confirmation link of a sign-up stays valid. */
	static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

	/** How long a password reset link stays valid. */
	static final Duration RESET_VALIDITY = Duration.ofMinutes(60);

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final UserSessions sessions;

	private final AccountTokens tokens;

	private final IdentityMails mails;

	private final LoginThrottle throttle;

	UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock,
			UserSessions sessions, AccountTokens tokens, IdentityMails mails, LoginThrottle throttle) {
		this.throttle = throttle;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.sessions = sessions;
		this.tokens = tokens;
		this.mails = mails;
	}

	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return this.users.existsByEmailIgnoreCase(email.trim());
	}

	/**
	 * For demo data and tests (and services that build accounts the way a finished
	 * sign-up leaves them): the first user of an enterprise with a known password and its
	 * address counted as confirmed. The web sign-up uses
	 * {@link #createApplicantAwaitingConfirmation}.
	 */
	@Transactional
	public UserAccount createApplicant(Long enterpriseId, String email, String fullName, String rawPassword) {
		UserAccount account = newAccount(email, fullName, enterpriseId, EnumSet.of(Role.APPLICANT));
		account.setPasswordHash(hash(rawPassword));
		account.confirmEmail(Instant.now(this.clock));
		try {
			this.users.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// the same e-mail signed up at the same instant: the unique index let the
			// other one through (the sequential answer)
			throw new EmailTakenException(account.getEmail());
		}
		this.audit.record("USER_CREATED", "UserAccount", account.getId(), "Applicant account created", null,
				account.describe());
		return account;
	}

	/**
	 * The first user of an enterprise that signed up on the web, with the password the
	 * applicant chose: the account cannot act until the address is confirmed through the
	 * one-time link mailed to it (valid 48 hours, {@code /email-confirmations/{token}}).
	 */
	@Transactional
	public UserAccount createApplicantAwaitingConfirmation(Long enterpriseId, String email, String fullName,
			String rawPassword, Locale locale) {
		UserAccount account = newAccount(email, fullName, enterpriseId, EnumSet.of(Role.APPLICANT));
		account.setPasswordHash(hash(rawPassword));
		account.setPreferredLocale(language(locale));
		this.users.save(account);
		this.audit.record("USER_CREATED", "UserAccount", account.getId(),
				"Applicant account created; e-mail confirmation sent", null, account.describe());
		this.mails.emailConfirmation(account,
				this.tokens.issue(account, AccountToken.Purpose.EMAIL_CONFIRMATION, CONFIRMATION_VALIDITY));
		return account;
	}

	/**
	 * The first user of an enterprise created by an admin's decision (a released tax
	 * number): no password yet; the activation link goes to the address only, and using
	 * it confirms the address.
	 */
	@Transactional
	public UserAccount createApplicantAwaitingActivation(Long enterpriseId, String email, String fullName,
			Locale locale, String decidedBy) {
		UserAccount account = newAccount(email, fullName, enterpriseId, EnumSet.of(Role.APPLICANT));
		account.setPreferredLocale(language(locale));
		this.users.save(account);
		this.audit.record("USER_CREATED", "UserAccount", account.getId(),
				"Applicant account created by " + decidedBy + "; activation link mailed", null, account.describe());
		this.mails.activation(account, this.tokens.issue(account, AccountToken.Purpose.ACTIVATION, ACTIVATION_VALIDITY),
				decidedBy);
		return account;
	}

	/**
	 * An applicant invites a colleague of the same enterprise. The activation link goes
	 * to the invitee's mailbox only (valid 7 days, {@code /invitations/{token}}); the
	 * inviter never sees it. An address that already has an account gets nothing and the
	 * inviter the same answer (no account oracle); empty then.
	 */
	@Transactional
	public Optional<UserAccount> inviteColleague(DestekUser inviter, String email, String fullName) {
		if (inviter.getEnterpriseId() == null || !inviter.hasRole(Role.APPLICANT)) {
			throw new IllegalStateException("only an applicant of an enterprise can invite colleagues");
		}
		if (emailTaken(email)) {
			this.audit.record("USER_INVITATION_IGNORED", "Enterprise", inviter.getEnterpriseId(),
					"Invitation by " + inviter.getUsername() + " to an address that already has an account", null,
					null);
			return Optional.empty();
		}
		UserAccount account = newAccount(email, fullName, inviter.getEnterpriseId(), EnumSet.of(Role.APPLICANT));
		this.users.save(account);
		this.audit.record(
				"USER_INVITED", "UserAccount", account.getId(), "Invited to enterprise " + inviter.getEnterpriseId()
						+ " by " + inviter.getUsername() + "; activation link mailed to the invitee",
				null, account.describe());
		this.mails.activation(account, this.tokens.issue(account, AccountToken.Purpose.ACTIVATION, ACTIVATION_VALIDITY),
				inviter.getFullName());
		return Optional.of(account);
	}

	/**
	 * An admin creates a staff user with roles; the activation link goes to the new
	 * user's mailbox only.
	 */
	@Transactional
	public UserAccount createStaff(String email, String fullName, Set<Role> roles, Short provinceCode) {
		Set<Role> staffRoles = requireStaffRoles(roles);
		UserAccount account = newAccount(email, fullName, null, staffRoles);
		account.setProvinceCode(requireProvinceWhereNeeded(staffRoles, provinceCode));
		this.users.save(account);
		this.audit.record("USER_CREATED", "UserAccount", account.getId(),
				"Staff account created; activation link mailed", null, account.describe());
		this.mails.activation(account, this.tokens.issue(account, AccountToken.Purpose.ACTIVATION, ACTIVATION_VALIDITY),
				null);
		return account;
	}

	/**
	 * Someone signed up with an address that already has an account: the page answers as
	 * for any sign-up, and the owner of the address is told by e-mail (at most once per
	 * throttle window, so the form cannot flood his mailbox).
	 */
	@Transactional
	public void warnOfSignupWithExistingEmail(String email) {
		this.users.findByEmail(email.trim()).ifPresent(account -> {
			boolean tell = this.throttle.firstInWindow("signup-warning:" + account.getId());
			this.audit.recordAs("anonymous", "SIGNUP_WITH_EXISTING_EMAIL", "UserAccount", account.getId(),
					"Sign-up attempted with this account's e-mail; "
							+ (tell ? "the owner was told by e-mail" : "the owner was already told in this window"),
					null, null);
			if (tell) {
				this.mails.signupAttempt(account);
			}
		});
	}

	/** For demo data and tests: a staff user with a known password. */
	@Transactional
	public UserAccount createStaffWithPassword(String email, String fullName, Set<Role> roles, String rawPassword) {
		return createStaffWithPassword(email, fullName, roles, null, rawPassword);
	}

	/** For demo data and tests: a staff user of a province unit with a known password. */
	@Transactional
	public UserAccount createStaffWithPassword(String email, String fullName, Set<Role> roles, Short provinceCode,
			String rawPassword) {
		Set<Role> staffRoles = requireStaffRoles(roles);
		UserAccount account = newAccount(email, fullName, null, staffRoles);
		account.setProvinceCode(requireProvinceWhereNeeded(staffRoles, provinceCode));
		account.setPasswordHash(hash(rawPassword));
		account.confirmEmail(Instant.now(this.clock));
		this.users.save(account);
		this.audit.record("USER_CREATED", "UserAccount", account.getId(), "Staff account created", null,
				account.describe());
		return account;
	}

	@Transactional
	public UserAccount changeRoles(Long userId, Set<Role> roles) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		return changeRoles(userId, roles, account.getProvinceCode());
	}

	/** Changes a staff user's roles and province unit together. */
	@Transactional
	public UserAccount changeRoles(Long userId, Set<Role> roles, Short provinceCode) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		if (account.getEnterpriseId() != null) {
			throw new IllegalArgumentException("applicant accounts keep the applicant role");
		}
		String before = account.describe();
		Set<Role> staffRoles = requireStaffRoles(roles);
		account.setProvinceCode(requireProvinceWhereNeeded(staffRoles, provinceCode));
		account.changeRoles(staffRoles);
		String after = account.describe();
		this.audit.record("USER_ROLES_CHANGED", "UserAccount", account.getId(), "Roles changed", before, after);
		if (!before.equals(after)) {
			this.sessions.endAfterCommit(account, "roles or province unit changed");
		}
		return account;
	}

	/**
	 * Records a staff user's TCKN (11 digits; the caller checks the checksum), used to
	 * detect a board member's conflicts of interest (KOSGEB UE MADDE 18(10)). The audit
	 * entry does not repeat the number.
	 */
	@Transactional
	public UserAccount setTckn(Long userId, String tckn) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		if (tckn == null || !tckn.matches("[1-9][0-9]{10}")) {
			throw new IllegalArgumentException("a TCKN has 11 digits and does not start with 0");
		}
		boolean had = account.getTckn() != null;
		account.setTckn(tckn);
		this.audit.record("USER_TCKN_SET", "UserAccount", account.getId(), had ? "TCKN changed" : "TCKN recorded", null,
				null);
		return account;
	}

	@Transactional
	public UserAccount setEnabled(Long userId, boolean enabled) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		String before = account.describe();
		account.setEnabled(enabled);
		String after = account.describe();
		this.audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "UserAccount", account.getId(),
				enabled ? "Account enabled" : "Account disabled", before, after);
		if (!before.equals(after)) {
			this.sessions.endAfterCommit(account, enabled ? "account enabled" : "account disabled");
		}
		return account;
	}

	@Transactional
	public UserAccount unlock(Long userId) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
		account.unlock();
		this.audit.record("USER_UNLOCKED", "UserAccount", account.getId(), "Sign-in lock lifted by admin", null, null);
		return account;
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
		account.setPasswordHash(hash(rawPassword));
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
		this.mails.emailConfirmation(account,
				this.tokens.issue(account, AccountToken.Purpose.EMAIL_CONFIRMATION, CONFIRMATION_VALIDITY));
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
					this.tokens.issue(account, AccountToken.Purpose.PASSWORD_RESET, RESET_VALIDITY));
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
		account.setPasswordHash(hash(rawPassword));
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
		if (account.getPasswordHash() == null || currentPassword == null
				|| !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		account.setPasswordHash(hash(newPassword));
		this.audit.record("USER_PASSWORD_CHANGED", "UserAccount", account.getId(),
				"Password changed by the user; other sessions ended", null, null);
		this.sessions.endOthersAfterCommit(account, currentSessionId, "password changed");
		this.mails.passwordChanged(account);
		return account;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> colleagues(Long enterpriseId) {
		return this.users.findByEnterpriseIdOrderByFullName(enterpriseId);
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> staff(Pageable pageable) {
		return this.users.findStaff(pageable);
	}

	@Transactional(readOnly = true)
	public java.util.Optional<UserAccount> find(Long id) {
		return this.users.findById(id);
	}

	@Transactional(readOnly = true)
	public java.util.Optional<UserAccount> findByEmail(String email) {
		return this.users.findByEmail(email);
	}

	/**
	 * The hash of a raw password; refuses one the hash cannot take (over
	 * {@value PasswordFitsHash#MAX_BYTES} UTF-8 bytes) instead of failing inside bcrypt.
	 * Forms check it first with {@link PasswordFitsHash}.
	 */
	private String hash(String rawPassword) {
		if (rawPassword == null || rawPassword.isEmpty() || !PasswordFitsHash.Validator.fits(rawPassword)) {
			throw new IllegalArgumentException(
					"a password has 1 to " + PasswordFitsHash.MAX_BYTES + " bytes in UTF-8 (bcrypt's limit)");
		}
		return this.passwordEncoder.encode(rawPassword);
	}

	private UserAccount newAccount(String email, String fullName, Long enterpriseId, Set<Role> roles) {
		String normalised = email.trim();
		if (this.users.existsByEmailIgnoreCase(normalised)) {
			throw new EmailTakenException(normalised);
		}
		return new UserAccount(normalised, fullName.trim(), enterpriseId, roles, Instant.now(this.clock));
	}

	private static String language(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? "en" : "tr";
	}

	/**
	 * Staff of a province unit (responsible staff, unit manager) belong to a province.
	 */
	private static Short requireProvinceWhereNeeded(Set<Role> roles, Short provinceCode) {
		if (provinceCode == null && roles.stream().anyMatch(Role.PROVINCE_UNIT_ROLES::contains)) {
			throw new ProvinceRequiredException();
		}
		return provinceCode;
	}

	/**
	 * Active staff of a province unit with a role, e.g. the responsible staff of Konya.
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> staffOfProvince(Role role, Short provinceCode) {
		return this.users.findStaffOfProvince(role, provinceCode);
	}

	private static Set<Role> requireStaffRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("a staff user needs at least one role");
		}
		if (roles.contains(Role.APPLICANT)) {
			throw new IllegalArgumentException("the applicant role comes with sign-up, not from an admin");
		}
		return EnumSet.copyOf(roles);
	}

	public static class EmailTakenException extends RuntimeException {

		public EmailTakenException(String email) {
			super("e-mail already registered: " + email);
		}

	}

	public static class UnknownUserException extends RuntimeException {

		public UnknownUserException(Long id) {
			super("no user " + id);
		}

	}

	public static class ProvinceRequiredException extends RuntimeException {

		public ProvinceRequiredException() {
			super("responsible staff and unit managers belong to a province unit");
		}

	}

	public static class WrongPasswordException extends RuntimeException {

		public WrongPasswordException() {
			super("the current password does not match");
		}

	}

	public static class InvalidActivationException extends RuntimeException {

		public InvalidActivationException() {
			super("activation link invalid or expired");
		}

	}

}
