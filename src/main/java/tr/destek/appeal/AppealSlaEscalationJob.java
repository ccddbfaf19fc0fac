package tr.destek.appeal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the unit managers once when an appeal was not forwarded within its 15 days (MADDE
 * 13(2)). Only a signal: the unit may still forward it (MADDE 18(15)). Runs every 15
 * minutes by default ({@code destek.kosgeb.appeal-escalation.cron}), once across all
 * instances.
 */
@Component
public class AppealSlaEscalationJob {

	private static final Logger log = LoggerFactory.getLogger(AppealSlaEscalationJob.class);

	private final AppealForwardingEscalation appeals;

	AppealSlaEscalationJob(AppealForwardingEscalation appeals) {
		this.appeals = appeals;
	}

	@Scheduled(cron = "${destek.kosgeb.appeal-escalation.cron:0 10/15 * * * *}", zone = "Europe/Istanbul")
	@SchedulerLock(name = "kosgeb-appeal-escalation", lockAtLeastFor = "PT10S", lockAtMostFor = "PT10M")
	public void escalateOverdueForwarding() {
		for (Long id : this.appeals.forwardingOverdueNotEscalated()) {
			try {
				this.appeals.escalateForwardingOverdue(id);
			}
			catch (RuntimeException ex) {
				log.warn("Could not escalate the overdue forwarding of appeal {}", id, ex);
			}
		}
	}

}
