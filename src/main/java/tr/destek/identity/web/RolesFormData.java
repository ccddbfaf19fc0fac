package tr.destek.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

import tr.destek.identity.Role;

/** The roles an admin gives a staff user. */
class RolesFormData {

	@NotEmpty(message = "{identity.admin.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Short provinceCode;

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public void setProvinceCode(Short provinceCode) {
		this.provinceCode = provinceCode;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

}
