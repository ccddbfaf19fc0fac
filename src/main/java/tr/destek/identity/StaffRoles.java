package tr.destek.identity;

import java.util.EnumSet;
import java.util.Set;

/** What a staff account's roles and province unit must be, whoever sets them. */
final class StaffRoles {

	private StaffRoles() {
	}

	/** At least one role, never the applicant's (that comes with sign-up). */
	static Set<Role> require(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("a staff user needs at least one role");
		}
		if (roles.contains(Role.APPLICANT)) {
			throw new IllegalArgumentException("the applicant role comes with sign-up, not from an admin");
		}
		return EnumSet.copyOf(roles);
	}

	/**
	 * Staff of a province unit (responsible staff, unit manager) belong to a province.
	 */
	static Short requireProvinceWhereNeeded(Set<Role> roles, Short provinceCode) {
		if (provinceCode == null && roles.stream().anyMatch(Role.PROVINCE_UNIT_ROLES::contains)) {
			throw new UserAccountService.ProvinceRequiredException();
		}
		return provinceCode;
	}

}
