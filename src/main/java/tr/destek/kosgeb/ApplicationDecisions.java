package tr.destek.kosgeb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.audit.AuditTrail;
import tr.destek.platform.NotFoundException;

/**
 * What the board and the monitoring do to an application, recorded on it: put on an
 * agenda (MADDE 12(1)), the registered board decision (MADDE 12(9)) and the end of the
 * programme (MADDE 17). Each joins the caller's transaction and is audited there.
 */
@Service
public class ApplicationDecisions {

	private final KosgebApplicationRepository applications;

	private final AuditTrail audit;

	private final Clock clock;

	ApplicationDecisions(KosgebApplicationRepository applications, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The application is on a board agenda that was sent to the members (MADDE 12(1));
	 * joins the caller's transaction and is audited there.
	 * @param meeting a readable name of the meeting for the audit trail
	 */
	@Transactional
	public KosgebApplication putOnAgenda(Long applicationId, String meeting) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		String before = application.describe();
		application.putOnAgenda();
		this.audit.record("PUT_ON_AGENDA", KosgebApplicationService.ENTITY, applicationId,
				"On the board agenda of " + meeting + " (MADDE 12(1))", before, application.describe());
		return application;
	}

	/**
	 * Records the registered board decision on the application (MADDE 12(9)): ACCEPTED,
	 * BOARD_REJECTED with the reasons and the last day of its appeal as notified to the
	 * applicant (MADDE 12(10), 13(1); the appeal module's window), or
	 * BOARD_CORRECTION_REQUESTED with the reasons and the deadline (MADDE 10(5)). A
	 * rejection after an accepted appeal is final and keeps no last day (MADDE
	 * 13(10)(b)). Joins the caller's transaction and is audited there.
	 */
	@Transactional
	public KosgebApplication recordBoardDecision(Long applicationId, BoardOutcome outcome, String registryNumber,
			String reasons, Instant correctionDeadline, LocalDate appealLastDay) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		String before = application.describe();
		Instant now = Instant.now(this.clock);
		switch (outcome) {
			case ACCEPTED -> application.boardAccepted(now, registryNumber);
			case REJECTED -> application.boardRejected(now, registryNumber, reasons, appealLastDay);
			case CORRECTION_REQUESTED ->
				application.boardCorrectionRequested(now, registryNumber, reasons, correctionDeadline);
		}
		this.audit.record("BOARD_DECISION_RECORDED", KosgebApplicationService.ENTITY, applicationId,
				"Board decision " + registryNumber + ": " + outcome + " (MADDE 12(9))", before, application.describe());
		return application;
	}

	/**
	 * The programme of an accepted application ended (MADDE 17(2),(5)): COMPLETED,
	 * UNSUCCESSFUL or TERMINATED, as decided by the monitoring. Joins the caller's
	 * transaction and is audited there.
	 * @param reason why, for the audit trail (citing the article)
	 */
	@Transactional
	public KosgebApplication recordProgrammeOutcome(Long applicationId, ApplicationStatus outcome, String reason) {
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		String before = application.describe();
		application.closeProgramme(outcome, Instant.now(this.clock), AuditTrail.currentActor());
		this.audit.record("PROGRAMME_CLOSED", KosgebApplicationService.ENTITY, applicationId,
				"Programme " + outcome + ": " + reason, before, application.describe());
		return application;
	}

}
