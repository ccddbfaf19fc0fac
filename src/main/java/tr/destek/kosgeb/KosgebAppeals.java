package tr.destek.kosgeb;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.appeal.Appeal;
import tr.destek.appeal.AppealRefusedException;
import tr.destek.appeal.AppealService;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.platform.NotFoundException;

/**
 * KOSGEB's applicant side of the appeal (İtiraz, MADDE 13): his own application, whether
 * he may appeal it, filing the appeal through the shared {@link AppealService}, and the
 * appeal of an application. The port is {@link KosgebAppealSubjects}; the file moves in
 * {@link KosgebAppealOutcomes}.
 */
@Service
public class KosgebAppeals {

	/** The source name of KOSGEB's appeal subjects (its applications). */
	public static final String SOURCE = "KOSGEB";

	private final KosgebApplicationRepository applications;

	private final AppealService appeals;

	KosgebAppeals(KosgebApplicationRepository applications, AppealService appeals) {
		this.applications = applications;
		this.appeals = appeals;
	}

	// --- the applicant (MADDE 13(1)) ---

	/**
	 * Why the applicant cannot appeal the application now, or empty when he can (MADDE
	 * 13(1), 13(10)(b)).
	 */
	@Transactional(readOnly = true)
	public Optional<AppealRefusedException> refusal(KosgebApplication application) {
		return this.appeals.refusal(KosgebAppealSubjects.subject(application));
	}

	/**
	 * The applicant appeals his enterprise's application (İtiraz Formu FRM.34.00.06,
	 * MADDE 13(1)).
	 * @see AppealService#file
	 */
	@Transactional
	public Appeal submit(DestekUser applicant, long expectedVersion, String reasons, List<MultipartFile> files) {
		requireApplicant(applicant);
		// the id only: the application is read locked by the port (MADDE 13(1): once)
		Long applicationId = this.applications.findIdByEnterpriseId(applicant.getEnterpriseId())
			.orElseThrow(NotFoundException::new);
		return this.appeals.file(SOURCE, applicationId, applicant, expectedVersion, reasons, files);
	}

	/** The application of the applicant's enterprise; 404 for anyone else. */
	@Transactional(readOnly = true)
	public KosgebApplication own(DestekUser applicant) {
		requireApplicant(applicant);
		KosgebApplication application = this.applications.findByEnterpriseId(applicant.getEnterpriseId())
			.orElseThrow(NotFoundException::new);
		application.getExpenseItems();
		return application;
	}

	private static void requireApplicant(DestekUser applicant) {
		if (applicant == null || !applicant.hasRole(Role.APPLICANT) || applicant.getEnterpriseId() == null) {
			throw new NotFoundException();
		}
	}

	/** The applicant's own appeal, if any. */
	@Transactional(readOnly = true)
	public Optional<Appeal> ownAppeal(DestekUser applicant) {
		return forApplication(own(applicant).getId());
	}

	/** The appeal of an application, if any. */
	@Transactional(readOnly = true)
	public Optional<Appeal> forApplication(Long applicationId) {
		return this.appeals.forSubject(SOURCE, applicationId);
	}

}
