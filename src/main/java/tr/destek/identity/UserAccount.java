package tr.destek.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A person who signs in: an applicant of one enterprise, or agency staff with roles. The
 * sign-in counters ({@code failed_logins}, {@code locked_until}) are written by SQL
 * ({@link LoginAttemptListener}); dynamic updates keep an admin's edit from writing back
 * stale counters.
 */
@Entity
@DynamicUpdate
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "enterprise_id")
	private Long enterpriseId;

	/**
	 * The province unit of a staff user (plate code); {@code null} for applicants and
	 * central staff.
	 */
	@Column(name = "province_code")
	private Short provinceCode;

	private boolean enabled = true;

	@Column(name = "failed_logins")
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "preferred_locale", nullable = false)
	private String preferredLocale = "tr";

	/**
	 * When the address was confirmed (the one-time link of sign-up, an activation or a
	 * password reset reached the mailbox); {@code null} until then: such an account signs
	 * in but cannot act.
	 */
	@Column(name = "email_confirmed_at")
	private Instant emailConfirmedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/**
	 * The TCKN of a board member, to detect conflicts of interest with an enterprise's
	 * declared persons (KOSGEB UE MADDE 18(10)); empty for everyone else.
	 */
	@Column(name = "tckn")
	private String tckn;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	UserAccount(String email, String fullName, Long enterpriseId, Set<Role> roles, Instant createdAt) {
		this.email = email;
		this.fullName = fullName;
		this.enterpriseId = enterpriseId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = createdAt;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void confirmEmail(Instant now) {
		if (this.emailConfirmedAt == null) {
			this.emailConfirmedAt = now;
		}
	}

	public boolean isEmailConfirmed() {
		return this.emailConfirmedAt != null;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void changeRoles(Set<Role> newRoles) {
		this.roles.clear();
		this.roles.addAll(newRoles);
	}

	void setProvinceCode(Short provinceCode) {
		this.provinceCode = provinceCode;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setPreferredLocale(String preferredLocale) {
		this.preferredLocale = preferredLocale;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getFullName() {
		return this.fullName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public String getPreferredLocale() {
		return this.preferredLocale;
	}

	public boolean isAwaitingActivation() {
		return this.passwordHash == null;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public String getTckn() {
		return this.tckn;
	}

	void setTckn(String tckn) {
		this.tckn = tckn;
	}

	String describe() {
		return "email=" + this.email + ", name=" + this.fullName + ", enterpriseId=" + this.enterpriseId + ", roles="
				+ this.roles + ", province=" + this.provinceCode + ", enabled=" + this.enabled + ", emailConfirmed="
				+ (this.emailConfirmedAt != null);
	}

}
