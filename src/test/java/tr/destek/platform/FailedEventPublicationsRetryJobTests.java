package tr.destek.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.events.EventPublication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failed event publications the retry job resubmits: those whose last attempt is at
 * least the minimum age old, until the attempts run out.
 */
class FailedEventPublicationsRetryJobTests {

	static final Instant NOW = Instant.parse("2026-12-07T21:00:00Z");

	final FailedEventPublicationsRetryJob job = new FailedEventPublicationsRetryJob(options -> {
	}, Clock.systemUTC(), Duration.ofMinutes(5), 3);

	@Test
	void aFailureYoungerThanTheMinimumAgeWaits() {
		assertThat(this.job.due(failed(NOW.minusSeconds(299), null, 1), NOW)).isFalse();
		assertThat(this.job.due(failed(NOW.minusSeconds(300), null, 1), NOW)).isTrue();
	}

	@Test
	void theAgeCountsFromTheLastResubmission() {
		assertThat(this.job.due(failed(NOW.minusSeconds(3600), NOW.minusSeconds(60), 2), NOW)).isFalse();
		assertThat(this.job.due(failed(NOW.minusSeconds(3600), NOW.minusSeconds(600), 2), NOW)).isTrue();
	}

	@Test
	void afterTheLastAttemptThePublicationStaysFailed() {
		assertThat(this.job.due(failed(NOW.minusSeconds(3600), NOW.minusSeconds(600), 3), NOW)).isFalse();
	}

	private static EventPublication failed(Instant published, Instant lastResubmission, int attempts) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return "event";
			}

			@Override
			public Instant getPublicationDate() {
				return published;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public Instant getLastResubmissionDate() {
				return lastResubmission;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}

		};
	}

}
