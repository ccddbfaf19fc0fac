package tr.destek.monitoring;

import java.util.List;
import java.util.function.Predicate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The post-programme maturity report (MADDE 17(2)): reminds when the window opens, gives
 * notice and 15 more days when it passed, and marks the programme UNSUCCESSFUL when those
 * pass too. Runs hourly by default ({@code destek.monitoring.report.cron}, in
 * Europe/Istanbul), once across all instances (ShedLock); each case in its own
 * transaction, each step only when still due, so nothing happens twice.
 */
@Component
public class MaturityReportJob {

	private static final Logger log = LoggerFactory.getLogger(MaturityReportJob.class);

	private final MonitoringService monitoring;

	MaturityReportJob(MonitoringService monitoring) {
		this.monitoring = monitoring;
	}

	@Scheduled(cron = "${destek.monitoring.report.cron:0 5 * * * *}", zone = "Europe/Istanbul")
	@SchedulerLock(name = "monitoring-maturity-report", lockAtLeastFor = "PT10S", lockAtMostFor = "PT30M")
	public void run() {
		int reminded = each(this.monitoring.windowsOpening(), this.monitoring::openReportWindow, "remind");
		int noticed = each(this.monitoring.windowsPassed(), this.monitoring::giveNotice, "notify");
		int failed = each(this.monitoring.extraPeriodsPassed(), this.monitoring::markUnsuccessful, "mark unsuccessful");
		if (reminded + noticed + failed > 0) {
			log.info("Maturity reports (MADDE 17(2)): {} reminded, {} notified, {} unsuccessful", reminded, noticed,
					failed);
		}
	}

	private static int each(List<Long> ids, Predicate<Long> step, String what) {
		int done = 0;
		for (Long id : ids) {
			try {
				if (step.test(id)) {
					done++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not {} monitoring case {}", what, id, ex);
			}
		}
		return done;
	}

}
