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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;

/**
 * The identity module's API: creating accounts (sign-up, invitation, staff) and finding
 * them. Existing accounts are changed by {@link AccountAdministration} (roles, enabled,
 * lock) and {@link AccountCredentials} (mailed links, passwords).
 */
@Service
public class UserAccountService {

	/** How long an invitation or a new staff account's activation link stays valid. */
	static final Duration ACTIVATION_VALIDITY = Duration.ofDays(7);

	/** How long the e-mail confirmation link of a sign-up stays valid. */
	static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

	/** How long a password reset link stays valid. */
	static final Duration RESET_VALIDITY = Duration.ofMinutes(60);

	private final UserAccountRepository users;

	private final PasswordHashes passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final AccountTokens tokens;

	private final IdentityMails mails;

	private final LoginThrottle throttle;

	UserAccountService(UserAccountRepository users, PasswordHashes passwords, AuditTrail audit, Clock clock,
			AccountTokens tokens, IdentityMails mails, LoginThrottle throttle) {
		this.throttle = throttle;
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
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
		account.setPasswordHash(this.passwords.hash(rawPassword));
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
		account.setPasswordHash(this.passwords.hash(rawPassword));
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
		Set<Role> staffRoles = StaffRoles.require(roles);
		UserAccount account = newAccount(email, fullName, null, staffRoles);
		account.setProvinceCode(StaffRoles.requireProvinceWhereNeeded(staffRoles, provinceCode));
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
		Set<Role> staffRoles = StaffRoles.require(roles);
		UserAccount account = newAccount(email, fullName, null, staffRoles);
		account.setProvinceCode(StaffRoles.requireProvinceWhereNeeded(staffRoles, provinceCode));
		account.setPasswordHash(this.passwords.hash(rawPassword));
		account.confirmEmail(Instant.now(this.clock));
		this.users.save(account);
		this.audit.record("USER_CREATED", "UserAccount", account.getId(), "Staff account created", null,
				account.describe());
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

	@Transactional(readOnly = true)
	public List<UserAccount> colleagues(Long enterpriseId) {
		return this.users.findByEnterpriseIdOrderByFullName(enterpriseId);
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> staff(Pageable pageable) {
		return this.users.findStaff(pageable);
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> find(Long id) {
		return this.users.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findByEmail(String email) {
		return this.users.findByEmail(email);
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
	 * Active staff of a province unit with a role, e.g. the responsible staff of Konya.
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> staffOfProvince(Role role, Short provinceCode) {
		return this.users.findStaffOfProvince(role, provinceCode);
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
