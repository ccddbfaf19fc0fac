package tr.destek.monitoring;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Draws the sample for post-support monitoring (MADDE 17(1)) every night by default
 * ({@code destek.monitoring.sampling.cron}, Europe/Istanbul), once across all instances
 * (ShedLock); each case in its own transaction and drawn at most once (unique per case).
 */
@Component
public class SamplingJob {

	private static final Logger log = LoggerFactory.getLogger(SamplingJob.class);

	private final PostSupportMonitoring monitoring;

	SamplingJob(PostSupportMonitoring monitoring) {
		this.monitoring = monitoring;
	}

	@Scheduled(cron = "${destek.monitoring.sampling.cron:0 30 2 * * *}", zone = "Europe/Istanbul")
	@SchedulerLock(name = "monitoring-sampling", lockAtLeastFor = "PT10S", lockAtMostFor = "PT30M")
	public void run() {
		int drawn = 0;
		int selected = 0;
		for (Long caseId : this.monitoring.undrawn()) {
			try {
				var sample = this.monitoring.draw(caseId);
				if (sample.isPresent()) {
					drawn++;
					selected += sample.get().isSelected() ? 1 : 0;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not draw monitoring case {} for sampling", caseId, ex);
			}
		}
		if (drawn > 0) {
			log.info("Post-support monitoring (MADDE 17(1)): {} drawn, {} sampled", drawn, selected);
		}
	}

}
