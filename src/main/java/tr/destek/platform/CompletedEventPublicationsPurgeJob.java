package tr.destek.platform;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Housekeeping of the event publication registry ({@code event_publication}, V71): a
 * publication whose listener completed is kept for
 * {@code destek.events.completed-retention} (default 30 days, for looking into what
 * happened) and then deleted; incomplete ones are never deleted (they are resubmitted on
 * restart). Runs nightly by default ({@code destek.events.purge.cron}, Europe/Istanbul),
 * once across all instances (ShedLock). Technical bookkeeping, not a business change: the
 * audit trail is untouched.
 */
@Component
public class CompletedEventPublicationsPurgeJob {

	private final CompletedEventPublications completed;

	private final Duration retention;

	CompletedEventPublicationsPurgeJob(CompletedEventPublications completed,
			@Value("${destek.events.completed-retention:P30D}") Duration retention) {
		this.completed = completed;
		this.retention = retention;
	}

	@Scheduled(cron = "${destek.events.purge.cron:0 40 3 * * *}", zone = "Europe/Istanbul")
	@SchedulerLock(name = "event-publication-purge", lockAtLeastFor = "PT10S", lockAtMostFor = "PT30M")
	public void purge() {
		this.completed.deletePublicationsOlderThan(this.retention);
	}

}
