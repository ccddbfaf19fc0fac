package tr.destek.loan;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tr.destek.board.BoardDecisionRegistered;
import tr.destek.monitoring.MonitoringService;

/**
 * The first supporting board decision on a KOSGEB application was registered: its
 * programme period starts (MADDE 6(5)) and monitoring opens the file's case, after the
 * decision committed (as monitoring's own listener did before issue 11). Beside
 * {@code kosgeb} in {@code loan} for the same reason as {@link KosgebMonitoredFiles}.
 */
@Component
class KosgebProgrammeStarts {

	private final MonitoringService monitoring;

	KosgebProgrammeStarts(MonitoringService monitoring) {
		this.monitoring = monitoring;
	}

	@ApplicationModuleListener
	public void on(BoardDecisionRegistered event) {
		if (event.startsProgramme()) {
			this.monitoring.open(event.applicationId());
		}
	}

}
