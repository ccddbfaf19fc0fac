package tr.destek.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the module events whose listener failed: Spring Modulith marks the publication
 * FAILED in its registry ({@code event_publication}, V71) when an
 * {@code @ApplicationModuleListener} throws (e.g. the SMTP server refused a
 * notification's e-mail), and its staleness monitor does the same with a publication left
 * in progress by a node that died ({@code spring.modulith.events.staleness.*}). This job
 * resubmits each failed publication whose last attempt is at least
 * {@code destek.events.retry.min-age} old (default 5 minutes), at most
 * {@code destek.events.retry.max-attempts} times (default 10), then leaves it FAILED for
 * someone to look into (it is never purged). Runs every 5 minutes by default
 * ({@code destek.events.retry.cron}), once across all instances (ShedLock). A restart
 * resubmits every incomplete publication anyway
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
public class FailedEventPublicationsRetryJob {

	private final FailedEventPublications failed;

	private final Clock clock;

	private final Duration minAge;

	private final int maxAttempts;

	FailedEventPublicationsRetryJob(FailedEventPublications failed, Clock clock,
			@Value("${destek.events.retry.min-age:PT5M}") Duration minAge,
			@Value("${destek.events.retry.max-attempts:10}") int maxAttempts) {
		this.failed = failed;
		this.clock = clock;
		this.minAge = minAge;
		this.maxAttempts = maxAttempts;
	}

	@Scheduled(cron = "${destek.events.retry.cron:0 */5 * * * *}", zone = "Europe/Istanbul")
	@SchedulerLock(name = "event-publication-retry", lockAtLeastFor = "PT10S", lockAtMostFor = "PT10M")
	public void retry() {
		Instant now = Instant.now(this.clock);
		// the age is checked here: Spring Modulith 2.1.0's JPA repository ignores
		// ResubmissionOptions.withMinAge for failed publications
		this.failed.resubmit(ResubmissionOptions.defaults().withBatchSize(100).withFilter(p -> due(p, now)));
	}

	boolean due(EventPublication publication, Instant now) {
		Instant lastAttempt = (publication.getLastResubmissionDate() != null) ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return publication.getCompletionAttempts() < this.maxAttempts && !lastAttempt.plus(this.minAge).isAfter(now);
	}

}
