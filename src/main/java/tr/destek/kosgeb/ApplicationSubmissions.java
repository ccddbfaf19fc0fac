package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;

/**
 * Sending the application: the first submission of the draft (MADDE 8(1), 16(1)) and the
 * resubmission of a correction (MADDE 9(3)), each with the written commitment approved in
 * the text shown, the form complete and the eligibility evaluated and frozen (MADDE 7);
 * each publishes its event for the control and tells the enterprise's users.
 */
@Service
public class ApplicationSubmissions {

	private final OwnApplications own;

	private final ApplicationChecks checks;

	private final ApplicationQueries queries;

	private final ControlDeadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Notifier notifier;

	private final Clock clock;

	ApplicationSubmissions(OwnApplications own, ApplicationChecks checks, ApplicationQueries queries,
			ControlDeadlines deadlines, ApplicationEventPublisher events, Notifier notifier, Clock clock) {
		this.own = own;
		this.checks = checks;
		this.queries = queries;
		this.deadlines = deadlines;
		this.events = events;
		this.notifier = notifier;
		this.clock = clock;
	}

	/**
	 * Sends the draft: the written commitment must be approved (MADDE 16(1)); the form
	 * complete; eligibility is evaluated on today's date, a FAIL blocks, NEEDS_REVIEW is
	 * flagged, and the result is frozen (MADDE 7). Publishes {@link ApplicationSubmitted}
	 * and tells the enterprise's users.
	 * @throws CommitmentNotApprovedException, SubmissionBlockedException,
	 * IllegalTransitionException, OptimisticLockingFailureException
	 */
	@Transactional
	public KosgebApplication submit(DestekUser applicant, long expectedVersion, boolean commitmentApproved,
			String commitmentVersion, Locale locale) {
		KosgebApplication application = sending(applicant, expectedVersion, ApplicationStatus.DRAFT, "submit",
				commitmentApproved, commitmentVersion);
		LocalDate today = DestekTime.today(this.clock);
		EligibilityReport report = cleared(application, today, locale);
		String before = application.describe();
		application.submit(Instant.now(this.clock), today, Commitment.VERSION, applicant.getUsername(),
				EligibilitySnapshot.write(report), report.needsReview());
		this.own
			.saved(application, "KOSGEB_APPLICATION_SUBMITTED",
					"Application " + application.getReference() + " submitted with commitment " + Commitment.VERSION
							+ (report.needsReview() ? ", eligibility needs review" : ""),
					before, application.describe());
		this.events.publishEvent(new ApplicationSubmitted(application.getId(), application.getEnterpriseId(),
				application.getProvinceCode()));
		this.notifier.notifyEnterprise(application.getEnterpriseId(), "kosgeb.notification.submitted",
				new Object[] { application.getReference(), String.valueOf(this.deadlines.staffDays(today)) },
				"/kosgeb/application");
		return application;
	}

	/**
	 * Sends a corrected application back to its staff member (MADDE 9(3)) with the
	 * commitment approved again; eligibility is re-evaluated on the application date and
	 * frozen again; a new control period starts ({@code control.staff-days}, MADDE 9(1)).
	 */
	@Transactional
	public KosgebApplication resubmit(DestekUser applicant, long expectedVersion, boolean commitmentApproved,
			String commitmentVersion, Locale locale) {
		KosgebApplication application = sending(applicant, expectedVersion, ApplicationStatus.CORRECTION_REQUESTED,
				"resubmit", commitmentApproved, commitmentVersion);
		LocalDate applicationDate = (application.getApplicationDate() != null) ? application.getApplicationDate()
				: DestekTime.today(this.clock);
		EligibilityReport report = cleared(application, applicationDate, locale);
		LocalDate today = DestekTime.today(this.clock);
		Instant controlDue = this.deadlines.controlDueFrom(today);
		String before = application.describe();
		application.resubmit(Instant.now(this.clock), applicant.getUsername(), Commitment.VERSION,
				EligibilitySnapshot.write(report), report.needsReview(), controlDue);
		this.own.saved(application, "KOSGEB_APPLICATION_RESUBMITTED", "Corrected application "
				+ application.getReference() + " resubmitted with commitment " + Commitment.VERSION, before,
				application.describe());
		this.events.publishEvent(new ApplicationResubmitted(application.getId(), application.getEnterpriseId(),
				application.getAssignedStaffId()));
		this.notifier.notifyEnterprise(application.getEnterpriseId(), "kosgeb.notification.resubmitted",
				new Object[] { application.getReference(), String.valueOf(this.deadlines.staffDays(today)) },
				"/kosgeb/application");
		return application;
	}

	// --- helpers ---

	/**
	 * The applicant's own application in the status it is sent from, with the commitment
	 * approved in the text shown (MADDE 16(1)).
	 */
	private KosgebApplication sending(DestekUser applicant, long expectedVersion, ApplicationStatus from, String action,
			boolean commitmentApproved, String commitmentVersion) {
		KosgebApplication application = this.own.own(applicant, expectedVersion);
		if (application.getStatus() != from) {
			throw new IllegalTransitionException(application.getStatus(), action);
		}
		// MADDE 16(1): no submission without the approved commitment, in the text shown
		if (!commitmentApproved || !Commitment.VERSION.equals(commitmentVersion)) {
			throw new CommitmentNotApprovedException();
		}
		return application;
	}

	/**
	 * The eligibility on the application date (MADDE 7), when neither it (a FAIL) nor a
	 * missing part of the form (MADDE 7(4), 8(1)) blocks the sending.
	 */
	private EligibilityReport cleared(KosgebApplication application, LocalDate applicationDate, Locale locale) {
		EligibilityReport report = this.checks.evaluate(application, applicationDate, locale);
		List<Blocker> blockers = this.checks.blockers(application, this.queries.documents(application.getId()));
		if (!blockers.isEmpty() || report.blocksSubmission()) {
			throw new SubmissionBlockedException(blockers, report);
		}
		return report;
	}

}
