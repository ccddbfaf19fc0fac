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
		if (user == null || application == null) {
			return false;
		}
		if (user.hasRole(Role.APPLICANT) && user.getEnterpriseId() != null
				&& user.getEnterpriseId().equals(application.getEnterpriseId())) {
			return true;
		}
		return sameUnit(user, application) && (user.hasRole(Role.RESPONSIBLE_STAFF) || user.hasRole(Role.UNIT_MANAGER));
	}

	public boolean mayControl(DestekUser user, KosgebApplication application) {
		if (user == null || application == null || !sameUnit(user, application)) {
			return false;
		}
		if (user.hasRole(Role.UNIT_MANAGER)) {
			return true;
		}
		return user.hasRole(Role.RESPONSIBLE_STAFF) && user.getId() != null
				&& user.getId().equals(application.getAssignedStaffId());
	}

	private static boolean sameUnit(DestekUser user, KosgebApplication application) {
		return user.getProvinceCode() != null && user.getProvinceCode().equals(application.getProvinceCode());
	}

}
