package tr.destek.kosgeb;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A correction not made within 7 days: the application is deemed rejected (MADDE 9(3)).
 * Runs every 15 minutes by default ({@code destek.kosgeb.correction-expiry.cron}, in
 * Europe/Istanbul), once across all instances (ShedLock); each application is rejected in
 * its own transaction, so one failure does not hold back the others, and an application
 * is rejected only if it is still due when its transaction runs.
 */
@Component
public class CorrectionExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(CorrectionExpiryJob.class);

	private final ControlEscalations control;

	CorrectionExpiryJob(ControlEscalations control) {
		this.control = control;
	}

	@Scheduled(cron = "${destek.kosgeb.correction-expiry.cron:0 */15 * * * *}", zone = "Europe/Istanbul")
	@SchedulerLock(name = "kosgeb-correction-expiry", lockAtLeastFor = "PT10S", lockAtMostFor = "PT10M")
	public void rejectExpiredCorrections() {
		int rejected = 0;
		for (Long id : this.control.expiredCorrections()) {
			try {
				if (this.control.expireCorrection(id)) {
					rejected++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not reject application {} after its correction deadline", id, ex);
			}
		}
		if (rejected > 0) {
			log.info("Rejected {} KOSGEB application(s) whose correction deadline passed (MADDE 9(3))", rejected);
		}
	}

}
