package tr.destek.kosgeb;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tr.destek.monitoring.ProgrammeOutcome;
import tr.destek.monitoring.ProgrammeOutcomeRecorded;

/**
 * Moves a KOSGEB application when monitoring established the outcome of its programme
 * period (MADDE 17(2),(5)): COMPLETED, UNSUCCESSFUL or TERMINATED, only while it is still
 * ACCEPTED (an application whose status moved on, e.g. through an appeal, keeps its own).
 * Synchronous, inside monitoring's transaction: the payments stop (MADDE 17(2),(5)) with
 * the case closing, as the existing tests expect right after the call.
 */
@Component
class KosgebProgrammeOutcomes {

	private final KosgebApplicationService applications;

	KosgebProgrammeOutcomes(KosgebApplicationService applications) {
		this.applications = applications;
	}

	@EventListener
	void on(ProgrammeOutcomeRecorded event) {
		if (!KosgebPayableFiles.SOURCE.equals(event.source())) {
			return;
		}
		KosgebApplication application = this.applications.find(event.fileId());
		if (application.getStatus() == ApplicationStatus.ACCEPTED) {
			this.applications.recordProgrammeOutcome(event.fileId(), status(event.outcome()), event.reason());
		}
	}

	private static ApplicationStatus status(ProgrammeOutcome outcome) {
		return switch (outcome) {
			case COMPLETED -> ApplicationStatus.COMPLETED;
			case UNSUCCESSFUL -> ApplicationStatus.UNSUCCESSFUL;
			case TERMINATED -> ApplicationStatus.TERMINATED;
		};
	}

}
