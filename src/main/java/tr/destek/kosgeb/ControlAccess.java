package tr.destek.kosgeb;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.NotFoundException;

/**
 * Who may act on a file under control (MADDE 9): staff act only on files of their own
 * province unit — any other file is "not found" (404). Within the unit every responsible
 * staff member and the unit manager may READ a file; only the assigned responsible staff
 * member fills the table and proposes, only the unit manager approves, returns, assigns
 * and reassigns — others get 403. A form older than the file loses (optimistic lock).
 */
@Component
class ControlAccess {

	private final KosgebApplicationRepository applications;

	private final UserAccountService users;

	ControlAccess(KosgebApplicationRepository applications, UserAccountService users) {
		this.applications = applications;
		this.users = users;
	}

	/** Staff of another province unit do not learn that the file exists (404). */
	KosgebApplication visible(DestekUser viewer, Long applicationId) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		if (!viewer.hasAnyRole(Role.PROVINCE_UNIT_ROLES) || viewer.getProvinceCode() == null
				|| !viewer.getProvinceCode().equals(application.getProvinceCode())
				|| application.getStatus() == ApplicationStatus.DRAFT) {
			throw new NotFoundException();
		}
		return application;
	}

	KosgebApplication forAssignedStaff(DestekUser staff, Long applicationId, Long expectedVersion) {
		KosgebApplication application = visible(staff, applicationId);
		if (!staff.hasRole(Role.RESPONSIBLE_STAFF) || !staff.getId().equals(application.getAssignedStaffId())) {
			throw new AccessDeniedException("only the assigned responsible staff member controls this file");
		}
		checkVersion(application, expectedVersion);
		return application;
	}

	KosgebApplication forManager(DestekUser manager, Long applicationId, long expectedVersion) {
		KosgebApplication application = visible(manager, applicationId);
		if (!manager.hasRole(Role.UNIT_MANAGER)) {
			throw new AccessDeniedException("only the unit manager may do this");
		}
		checkVersion(application, expectedVersion);
		return application;
	}

	/** A responsible staff member of the file's province unit, or refused. */
	UserAccount requireUnitStaff(Short provinceCode, Long staffId) {
		return this.users.staffOfProvince(Role.RESPONSIBLE_STAFF, provinceCode)
			.stream()
			.filter(u -> u.getId().equals(staffId))
			.findFirst()
			.orElseThrow(() -> new ControlRefusedException("kosgeb-control.refused.not-unit-staff"));
	}

	List<UserAccount> managersOf(Short provinceCode) {
		return this.users.staffOfProvince(Role.UNIT_MANAGER, provinceCode);
	}

	/** Someone acted on the file since the form was shown: the later one loses. */
	private static void checkVersion(KosgebApplication application, Long expectedVersion) {
		if (expectedVersion != null && application.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"application " + application.getId() + " was changed by someone else");
		}
	}

}
