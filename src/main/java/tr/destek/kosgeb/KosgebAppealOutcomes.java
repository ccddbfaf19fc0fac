package tr.destek.kosgeb;

import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tr.destek.appeal.AppealDecided;
import tr.destek.appeal.AppealFiled;
import tr.destek.appeal.AppealForwarded;
import tr.destek.appeal.AppealForwardingOverdue;
import tr.destek.appeal.AppealPutOnAgenda;
import tr.destek.audit.AuditTrail;
import tr.destek.platform.DestekTime;
import tr.destek.platform.NotFoundException;

/**
 * KOSGEB moves its application as its appeal goes on (MADDE 13), consuming the appeal
 * module's events in the publisher's transaction, so that the appeal and the file change
 * together or not at all; each move is audited on the application (its timeline).
 */
@Component
class KosgebAppealOutcomes {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final KosgebApplicationRepository applications;

	private final AuditTrail audit;

	KosgebAppealOutcomes(KosgebApplicationRepository applications, AuditTrail audit) {
		this.applications = applications;
		this.audit = audit;
	}

	/** MADDE 13(1): the application is appealed. */
	@EventListener
	void on(AppealFiled event) {
		move(event.source(), event.subjectId(), KosgebApplication::appeal, "APPEAL_SUBMITTED",
				"İtiraz Formu FRM.34.00.06 sent against " + event.decisionAppealed() + " (MADDE 13(1))",
				event.appealState());
	}

	/** MADDE 13(2): the unit forwarded the appeal with its opinion. */
	@EventListener
	void on(AppealForwarded event) {
		move(event.source(), event.subjectId(), KosgebApplication::forwardAppeal, "APPEAL_FORWARDED",
				"Unit opinion added, appeal forwarded to the appeal commission (MADDE 13(2))"
						+ (event.late() ? ", after the 15-day SLA" : ""),
				event.appealState());
	}

	/** MADDE 13(6): the appeal is on the commission's agenda sent to its members. */
	@EventListener
	void on(AppealPutOnAgenda event) {
		move(event.source(), event.subjectId(), KosgebApplication::putAppealOnAgenda, "APPEAL_ON_AGENDA",
				"On the appeal commission agenda of " + event.meeting() + " (MADDE 13(6))", event.appealState());
	}

	/**
	 * MADDE 13(10): accepted → ready for the board again (a); rejected → final (b).
	 */
	@EventListener
	void on(AppealDecided event) {
		move(event.source(), event.subjectId(), application -> {
			if (event.accepted()) {
				application.appealAccepted(event.decidedAt(), event.registryNumber());
			}
			else {
				application.appealRejected(event.decidedAt(), event.registryNumber(), event.reasons());
			}
		}, "APPEAL_DECIDED",
				"İtiraz Karar Formu " + event.registryNumber() + ": "
						+ (event.accepted() ? "accepted (MADDE 13(10)(a))" : "rejected, final (MADDE 13(10)(b))"),
				event.appealState());
	}

	/** MADDE 13(2), 18(15): the unit managers were told; the file does not move. */
	@EventListener
	void on(AppealForwardingOverdue event) {
		if (!KosgebAppeals.SOURCE.equals(event.source())) {
			return;
		}
		this.audit.recordAs(AuditTrail.SYSTEM, "APPEAL_FORWARDING_OVERDUE", KosgebApplicationService.ENTITY,
				event.subjectId(), "Appeal not forwarded by " + DATE.format(event.due().atZone(DestekTime.ZONE))
						+ "; unit managers notified (MADDE 13(2), 18(15))",
				null, null);
	}

	private void move(String source, Long applicationId, Consumer<KosgebApplication> step, String action,
			String summary, String appealState) {
		if (!KosgebAppeals.SOURCE.equals(source)) {
			return;
		}
		KosgebApplication application = this.applications.findById(applicationId).orElseThrow(NotFoundException::new);
		String before = application.describe();
		step.accept(application);
		this.applications.saveAndFlush(application);
		this.audit.record(action, KosgebApplicationService.ENTITY, applicationId, summary, before,
				application.describe() + "; " + appealState);
	}

}
