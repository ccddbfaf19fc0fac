package tr.destek.kosgeb;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tr.destek.appeal.AppealSubject;
import tr.destek.appeal.AppealSubjects;
import tr.destek.programme.ParameterScope;

/**
 * The {@link AppealSubjects} port of KOSGEB: the shared appeal mechanism reads a rejected
 * application as a neutral {@link AppealSubject} (MADDE 12(10), 13(1)); the file moves in
 * {@link KosgebAppealOutcomes}.
 */
@Component
class KosgebAppealSubjects implements AppealSubjects {

	/** The source name of KOSGEB's appeal subjects (its applications). */
	static final String SOURCE = KosgebAppeals.SOURCE;

	private final KosgebApplicationRepository applications;

	private final FileLabels labels;

	KosgebAppealSubjects(KosgebApplicationRepository applications, FileLabels labels) {
		this.applications = applications;
		this.labels = labels;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public String parameters() {
		return ParameterScope.KOSGEB_DT;
	}

	@Override
	public Optional<AppealSubject> lockForAppeal(long subjectId) {
		return this.applications.lockById(subjectId).map(KosgebAppealSubjects::subject);
	}

	@Override
	public String applicantPath() {
		return "/kosgeb/application/appeal";
	}

	@Override
	public String unitPath(long appealId) {
		return "/kosgeb/control/appeals/" + appealId;
	}

	@Override
	public Map<Long, ?> labels(Collection<Long> subjectIds) {
		return this.labels.of(subjectIds);
	}

	/** The application as the appeal sees it: neutral values only. */
	static AppealSubject subject(KosgebApplication application) {
		AppealSubject.Standing standing = application.isFinallyRejected() ? AppealSubject.Standing.FINAL
				: application.getStatus() == ApplicationStatus.BOARD_REJECTED ? AppealSubject.Standing.REJECTED
						: AppealSubject.Standing.NOT_REJECTED;
		return new AppealSubject(SOURCE, application.getId(), application.getReference(), application.getEnterpriseId(),
				application.getProvinceCode(), application.getAssignedStaffId(), application.getVersion(),
				rejectionRegistry(application), application.getAppealLastDay(), standing);
	}

	private static String rejectionRegistry(KosgebApplication application) {
		String by = application.getDecidedBy();
		return by != null && by.startsWith("board ") ? by.substring("board ".length()) : by;
	}

}
