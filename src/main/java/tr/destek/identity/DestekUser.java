package tr.destek.identity;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: who, for which enterprise (applicants), with which roles. */
public final class DestekUser implements UserDetails {

	private final Long id;

	private final String email;

	private final String fullName;

	private final String passwordHash;

	private final Long enterpriseId;

	private final Short provinceCode;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean locked;

	private final boolean emailConfirmed;

	DestekUser(UserAccount account, boolean locked) {
		this.id = account.getId();
		this.email = account.getEmail();
		this.fullName = account.getFullName();
		this.passwordHash = account.getPasswordHash();
		this.enterpriseId = account.getEnterpriseId();
		this.provinceCode = account.getProvinceCode();
		this.roles = account.getRoles();
		this.enabled = account.isEnabled() && account.getPasswordHash() != null;
		this.locked = locked;
		this.emailConfirmed = account.isEmailConfirmed();
	}

	/**
	 * Whether the account's e-mail address is confirmed; until it is, the user sees only
	 * the page that asks for the confirmation ({@link EmailConfirmationFilter}).
	 */
	public boolean isEmailConfirmed() {
		return this.emailConfirmed;
	}

	public Long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	/** The enterprise an applicant acts for; {@code null} for staff. */
	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	/**
	 * The province unit of a staff user (plate code); {@code null} for applicants and
	 * head office.
	 */
	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(Collection<Role> candidates) {
		return candidates.stream().anyMatch(this.roles::contains);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toSet());
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
