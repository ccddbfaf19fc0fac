package tr.destek.kosgeb;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.enterprise.DeclaredPersonsInUse;

/**
 * The KOSGEB application relies on the enterprise's declared persons from submission
 * until it is concluded: the supplier check (MADDE 18(9)) and the board members' conflict
 * check (MADDE 18(10)) read them, and an accepted file comes back to the board (payments,
 * termination). Concluded: rejected in control or finally on appeal, completed,
 * unsuccessful or terminated. A board rejection stays open: it may be appealed (MADDE
 * 13).
 */
@Component
class KosgebDeclaredPersonsInUse implements DeclaredPersonsInUse {

	static final Set<ApplicationStatus> CONCLUDED = EnumSet.of(ApplicationStatus.REJECTED,
			ApplicationStatus.APPEAL_REJECTED, ApplicationStatus.COMPLETED, ApplicationStatus.UNSUCCESSFUL,
			ApplicationStatus.TERMINATED);

	private final KosgebApplicationRepository applications;

	KosgebDeclaredPersonsInUse(KosgebApplicationRepository applications) {
		this.applications = applications;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean inUse(Long enterpriseId) {
		return this.applications.findByEnterpriseId(enterpriseId)
			.map(KosgebApplication::getStatus)
			.filter(s -> s != ApplicationStatus.DRAFT && !CONCLUDED.contains(s))
			.isPresent();
	}

}
