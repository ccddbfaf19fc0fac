package tr.destek.kosgeb;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.platform.NotFoundException;

/**
 * The applicant's own application, found through the signed-in user's enterprise (never
 * through an identifier from the browser), in the version the form was opened with; and
 * the one way a change of the applicant is saved and audited in the same transaction.
 */
@Component
class OwnApplications {

	private final KosgebApplicationRepository applications;

	private final AuditTrail audit;

	OwnApplications(KosgebApplicationRepository applications, AuditTrail audit) {
		this.applications = applications;
		this.audit = audit;
	}

	/**
	 * The applicant's own application with its expense items.
	 * @param expectedVersion {@code null} when the change does not touch the application
	 * row (documents)
	 */
	KosgebApplication own(DestekUser applicant, Long expectedVersion) {
		Long enterpriseId = requireApplicant(applicant);
		KosgebApplication application = this.applications.findByEnterpriseId(enterpriseId)
			.orElseThrow(NotFoundException::new);
		if (expectedVersion != null && application.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"application " + application.getId() + " was changed meanwhile");
		}
		application.getExpenseItems(); // loads the items (open-in-view is off)
		return application;
	}

	/**
	 * The caller's own application with this item: another application's item is not
	 * found, before the version is compared (isolation sweep, issue #9).
	 */
	KosgebApplication ownWithItem(DestekUser applicant, long expectedVersion, Long itemId) {
		KosgebApplication application = own(applicant, null);
		application.expenseItem(itemId);
		if (application.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"application " + application.getId() + " was changed meanwhile");
		}
		return application;
	}

	/** Saves the change now (the version check) and audits it with the states. */
	KosgebApplication saved(KosgebApplication application, String action, String summary, String before, String after) {
		this.applications.saveAndFlush(application);
		this.audit.record(action, KosgebApplicationService.ENTITY, application.getId(), summary, before, after);
		return application;
	}

	/** The applicant's enterprise; anyone else finds nothing. */
	static Long requireApplicant(DestekUser applicant) {
		if (applicant == null || !applicant.hasRole(Role.APPLICANT) || applicant.getEnterpriseId() == null) {
			throw new NotFoundException();
		}
		return applicant.getEnterpriseId();
	}

}
