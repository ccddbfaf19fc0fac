package tr.destek.kosgeb;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A correction the board asked for, not approved within 7 days: the application is put in
 * the rejected state by the system (MADDE 10(5)). Runs every 15 minutes by default
 * ({@code destek.kosgeb.board-correction-expiry.cron}, in Europe/Istanbul), once across
 * all instances (ShedLock); each application in its own transaction, rejected only if
 * still due when that transaction runs.
 */
@Component
public class BoardCorrectionExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(BoardCorrectionExpiryJob.class);

	private final BoardCorrectionService corrections;

	BoardCorrectionExpiryJob(BoardCorrectionService corrections) {
		this.corrections = corrections;
	}

	@Scheduled(cron = "${destek.kosgeb.board-correction-expiry.cron:0 */15 * * * *}", zone = "Europe/Istanbul")
	@SchedulerLock(name = "kosgeb-board-correction-expiry", lockAtLeastFor = "PT10S", lockAtMostFor = "PT10M")
	public void rejectExpiredBoardCorrections() {
		int rejected = 0;
		for (Long id : this.corrections.expiredBoardCorrections()) {
			try {
				if (this.corrections.expireBoardCorrection(id)) {
					rejected++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not reject application {} after its board correction deadline", id, ex);
			}
		}
		if (rejected > 0) {
			log.info("Rejected {} KOSGEB application(s) whose board correction deadline passed (MADDE 10(5))",
					rejected);
		}
	}

}
