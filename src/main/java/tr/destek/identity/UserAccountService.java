package tr.destek.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
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

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final UserSessions sessions;

	UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock,
			UserSessions sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return this.users.existsByEmailIgnoreCase(email.trim());
	}

	/**
	 * The first user of an enterprise that signed up, with the password the applicant
	 * chose.
	 */
	@Transactional
	public UserAccount createApplicant(Long enterpriseId, String email, String fullName, String rawPassword) {
		UserAccount account = newAccount(email, fullName, enterpriseId, EnumSet.of(Role.APPLICANT));
		account.setPasswordHash(hash(rawPassword));
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
	 * An applicant invites a colleague of the same enterprise. The invitee sets a
	 * password by the returned activation token ({@code /invitations/{token}}), valid for
	 * 7 days.
	 */
	@Transactional
	public Activation inviteColleague(DestekUser inviter, String email, String fullName) {
		if (inviter.getEnterpriseId() == null || !inviter.hasRole(Role.APPLICANT)) {
			throw new IllegalStateException("only an applicant of an enterprise can invite colleagues");
		}
		UserAccount account = newAccount(email, fullName, inviter.getEnterpriseId(), EnumSet.of(Role.APPLICANT));
		String token = startActivation(account);
		this.audit.record("USER_INVITED", "UserAccount", account.getId(),
				"Invited to enterprise " + inviter.getEnterpriseId() + " by " + inviter.getUsername(), null,
				account.describe());
		return new Activation(account, token);
	}

	/**
	 * An admin creates a staff user with roles; the user sets a password by the
	 * activation link.
	 */
	@Transactional
	public Activation createStaff(String email, String fullName, Set<Role> roles, Short provinceCode) {
		Set<Role> staffRoles = requireStaffRoles(roles);
		UserAccount account = newAccount(email, fullName, null, staffRoles);
		account.setProvinceCode(requireProvinceWhereNeeded(staffRoles, provinceCode));
		String token = startActivation(account);
		this.audit.record("USER_CREATED", "UserAccount", account.getId(), "Staff account created", null,
				account.describe());
		return new Activation(account, token);
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
	public java.util.Optional<UserAccount> findActivation(String token) {
		return this.users.findByActivationToken(token).filter(a -> a.activationValidAt(Instant.now(this.clock)));
	}

	@Transactional
	public UserAccount activate(String token, String rawPassword) {
		UserAccount account = findActivation(token).orElseThrow(InvalidActivationException::new);
		account.setPasswordHash(hash(rawPassword));
		this.audit.recordAs(account.getEmail(), "USER_ACTIVATED", "UserAccount", account.getId(),
				"Password set; account active", null, account.describe());
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

	private String startActivation(UserAccount account) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		account.awaitActivation(token, Instant.now(this.clock).plus(ACTIVATION_VALIDITY));
		this.users.save(account);
		return token;
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

	/** A pending account and the token that activates it. */
	public record Activation(UserAccount account, String token) {
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

	public static class InvalidActivationException extends RuntimeException {

		public InvalidActivationException() {
			super("activation link invalid or expired");
		}

	}

}
