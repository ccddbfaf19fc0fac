package tr.destek.kosgeb;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.enterprise.EnterpriseReaders;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/**
 * The unit's staff read an enterprise whose KOSGEB application reached their province
 * unit (submitted, MADDE 9(1)): the rule of {@link KosgebAccess#mayView}. A draft has not
 * reached any unit yet.
 */
@Component
class KosgebEnterpriseReaders implements EnterpriseReaders {

	private final KosgebApplicationRepository applications;

	private final KosgebAccess access;

	KosgebEnterpriseReaders(KosgebApplicationRepository applications, KosgebAccess access) {
		this.applications = applications;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(DestekUser viewer, Long enterpriseId) {
		if (!viewer.hasAnyRole(Role.PROVINCE_UNIT_ROLES)) {
			return false;
		}
		return this.applications.findByEnterpriseId(enterpriseId)
			.filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
			.map(a -> this.access.mayView(viewer, a))
			.orElse(false);
	}

}
