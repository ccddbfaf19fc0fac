package tr.destek.kosgeb;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the unit manager once when a file's 7-day control period (MADDE 9(1)) is over.
 * Only a signal: the staff member may still act (MADDE 18(15)). Runs every 15 minutes by
 * default ({@code destek.kosgeb.control-escalation.cron}), once across all instances.
 */
@Component
public class ControlSlaEscalationJob {

	private static final Logger log = LoggerFactory.getLogger(ControlSlaEscalationJob.class);

	private final ControlEscalations control;

	ControlSlaEscalationJob(ControlEscalations control) {
		this.control = control;
	}

	@Scheduled(cron = "${destek.kosgeb.control-escalation.cron:0 5/15 * * * *}", zone = "Europe/Istanbul")
	@SchedulerLock(name = "kosgeb-control-escalation", lockAtLeastFor = "PT10S", lockAtMostFor = "PT10M")
	public void escalateOverdueControls() {
		for (Long id : this.control.overdueNotEscalated()) {
			try {
				this.control.escalateOverdue(id);
			}
			catch (RuntimeException ex) {
				log.warn("Could not escalate the overdue control of application {}", id, ex);
			}
		}
	}

}
