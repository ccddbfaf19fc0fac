package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.kosgeb.eligibility.KosgebEligibility;
import tr.destek.notification.Notifier;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;

/**
 * The correction the board asked for (MADDE 10(5)): the applicant gets 7 days to correct
 * the application form and its attachments (every part opens) and approve it again in the
 * system; it then goes back to a board agenda (READY_FOR_BOARD). An application not
 * approved within the deadline is put in the rejected state by the system
 * ({@link BoardCorrectionExpiryJob}), and the applicant is told why, with the article.
 * The same mechanics as the control correction of MADDE 9(3) ({@link KosgebApplication}
 * opens parts; the written commitment is approved again; eligibility is judged again on
 * the original application date).
 */
@Service
public class BoardCorrectionService {

	static final String ENTITY = KosgebApplicationService.ENTITY;

	private final KosgebApplicationRepository applications;

	private final KosgebApplicationService applicationService;

	private final EligibilityFactsAssembler facts;

	private final KosgebEligibility eligibility;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	BoardCorrectionService(KosgebApplicationRepository applications, KosgebApplicationService applicationService,
			EligibilityFactsAssembler facts, KosgebEligibility eligibility, Notifier notifier, AuditTrail audit,
			MessageSource messages, Clock clock) {
		this.applications = applications;
		this.applicationService = applicationService;
		this.facts = facts;
		this.eligibility = eligibility;
		this.notifier = notifier;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The applicant approves the corrected application within the deadline (MADDE 10(5))
	 * with the written commitment (MADDE 16(1)); the form must be complete and eligible
	 * on the original application date (MADDE 7); the application is ready for a board
	 * agenda again.
	 * @throws CommitmentNotApprovedException, SubmissionBlockedException,
	 * IllegalTransitionException (not in board correction, or the deadline has passed),
	 * OptimisticLockingFailureException
	 */
	@Transactional
	public KosgebApplication resubmit(DestekUser applicant, long expectedVersion, boolean commitmentApproved,
			String commitmentVersion, Locale locale) {
		if (applicant == null || !applicant.hasRole(Role.APPLICANT) || applicant.getEnterpriseId() == null) {
			throw new NotFoundException();
		}
		KosgebApplication application = this.applications.findByEnterpriseId(applicant.getEnterpriseId())
			.orElseThrow(NotFoundException::new);
		if (application.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"application " + application.getId() + " was changed meanwhile");
		}
		application.getExpenseItems();
		if (application.getStatus() != ApplicationStatus.BOARD_CORRECTION_REQUESTED) {
			throw new IllegalTransitionException(application.getStatus(), "resubmit a board correction of");
		}
		if (application.getCorrectionDeadline() != null
				&& Instant.now(this.clock).isAfter(application.getCorrectionDeadline())) {
			// MADDE 10(5): not approved within the period; the system rejects it
			throw new IllegalTransitionException(application.getStatus(), "resubmit after the correction deadline of");
		}
		// MADDE 16(1): approved again, in the text shown
		if (!commitmentApproved || !Commitment.VERSION.equals(commitmentVersion)) {
			throw new CommitmentNotApprovedException();
		}
		LocalDate applicationDate = (application.getApplicationDate() != null) ? application.getApplicationDate()
				: DestekTime.today(this.clock);
		EligibilityReport report = this.eligibility.evaluate(this.facts.assemble(application, applicationDate, locale));
		List<Blocker> blockers = this.applicationService.blockers(application,
				this.applicationService.documents(application.getId()));
		if (!blockers.isEmpty() || report.blocksSubmission()) {
			throw new SubmissionBlockedException(blockers, report);
		}
		String before = application.describe();
		application.resubmitAfterBoardCorrection(Instant.now(this.clock), applicant.getUsername(), Commitment.VERSION,
				EligibilitySnapshot.write(report), report.needsReview());
		this.applications.saveAndFlush(application);
		this.audit.record("KOSGEB_BOARD_CORRECTION_RESUBMITTED", ENTITY, application.getId(),
				"Application " + application.getReference()
						+ " corrected at the board's request and approved again; back to a board agenda (MADDE 10(5))",
				before, application.describe());
		this.notifier.notifyEnterprise(application.getEnterpriseId(), "kosgeb.board-correction.notify.resubmitted",
				new Object[] { application.getReference() }, ApplicationControlService.APPLICANT_LINK);
		return application;
	}

	/** Ids of the applications whose board correction deadline has passed. */
	@Transactional(readOnly = true)
	public List<Long> expiredBoardCorrections() {
		return this.applications.findExpiredBoardCorrections(Instant.now(this.clock));
	}

	/**
	 * Puts an application whose board correction was not approved by the deadline in the
	 * rejected state (MADDE 10(5)) and tells the applicant why; only if it is still due
	 * when this transaction runs.
	 * @return whether it was rejected now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean expireBoardCorrection(Long applicationId) {
		KosgebApplication application = this.applications.findById(applicationId).orElse(null);
		if (application == null) {
			return false;
		}
		String before = application.describe();
		Instant deadline = application.getCorrectionDeadline();
		String reason = this.messages.getMessage("kosgeb.board-correction.expired.reason", null,
				Locale.forLanguageTag("tr"));
		if (!application.expireBoardCorrection(Instant.now(this.clock), reason)) {
			return false;
		}
		this.applications.saveAndFlush(application);
		this.audit.recordAs(AuditTrail.SYSTEM, "KOSGEB_BOARD_CORRECTION_EXPIRED", ENTITY, application.getId(),
				"Board correction not approved by " + ApplicationControlService.format(deadline)
						+ ": rejected by the system (MADDE 10(5))",
				before, application.describe());
		this.notifier.notifyEnterprise(application.getEnterpriseId(), "kosgeb.board-correction.notify.expired",
				new Object[] { application.getReference(), ApplicationControlService.format(deadline) },
				ApplicationControlService.APPLICANT_LINK);
		return true;
	}

}
