package tr.destek.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import tr.destek.identity.Role;

/** What an admin enters to create a staff user. */
class StaffUserFormData {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@NotEmpty(message = "{identity.admin.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Short provinceCode;

	public Short getProvinceCode() {
		return this.provinceCode;
	}

	public void setProvinceCode(Short provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

}
