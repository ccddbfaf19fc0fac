package tr.destek.kosgeb;

import org.springframework.stereotype.Component;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/**
 * Who may see an application and its documents: the applicant users of its enterprise,
 * and the responsible staff and unit managers of its province unit (MADDE 9(1)). Who may
 * act on it as staff: the unit manager of the unit on every file, a responsible staff
 * member only on the files assigned to them.
 */
@Component
public class KosgebAccess {

	public boolean mayView(DestekUser user, KosgebApplication application) {
		return application != null && mayView(user, application.getEnterpriseId(), application.getProvinceCode());
	}

	/** {@link #mayView(DestekUser, KosgebApplication)} on a file's values. */
	public boolean mayView(DestekUser user, Long enterpriseId, Short provinceCode) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.APPLICANT) && user.getEnterpriseId() != null
				&& user.getEnterpriseId().equals(enterpriseId)) {
			return true;
		}
		return sameUnit(user, provinceCode)
				&& (user.hasRole(Role.RESPONSIBLE_STAFF) || user.hasRole(Role.UNIT_MANAGER));
	}

	public boolean mayControl(DestekUser user, KosgebApplication application) {
		return application != null && mayControl(user, application.getProvinceCode(), application.getAssignedStaffId());
	}

	/** {@link #mayControl(DestekUser, KosgebApplication)} on a file's values. */
	public boolean mayControl(DestekUser user, Short provinceCode, Long assignedStaffId) {
		if (user == null || !sameUnit(user, provinceCode)) {
			return false;
		}
		if (user.hasRole(Role.UNIT_MANAGER)) {
			return true;
		}
		return user.hasRole(Role.RESPONSIBLE_STAFF) && user.getId() != null && user.getId().equals(assignedStaffId);
	}

	private static boolean sameUnit(DestekUser user, Short provinceCode) {
		return user.getProvinceCode() != null && user.getProvinceCode().equals(provinceCode);
	}

}
