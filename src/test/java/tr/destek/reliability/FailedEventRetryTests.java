package tr.destek.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.notification.Notifier;
import tr.destek.platform.FailedEventPublicationsRetryJob;
import tr.destek.support.IntegrationTest;
import tr.destek.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #11 point 3: an event whose listener failed is retried, not lost. The
 * notification's e-mail is a durable module listener: while the SMTP server is down it
 * fails, the notification is marked FAILED and so is its event publication in Spring
 * Modulith's registry; the retry job leaves a publication alone until its last attempt is
 * {@code destek.events.retry.min-age} old, then resubmits it, and the e-mail goes out.
 * The shared test context's SMTP server ({@link TestMail}) is the failing part; nothing
 * is mocked.
 * <p>
 * Red before: the mailer swallowed the SMTP failure, so its publication was completed at
 * once and the e-mail was never sent again.
 */
@IntegrationTest
class FailedEventRetryTests {

	static final String KEY = "notification.record-updated";

	static final String EVENT = "tr.destek.notification.NotificationCreated";

	@Autowired
	Notifier notifier;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	FailedEventPublicationsRetryJob retryJob;

	@Test
	void aNotificationsEmailRefusedBySmtpIsSentWhenTheRetryJobResubmitsItsPublication() {
		String email = "yeniden-" + UUID.randomUUID() + "@example.com";
		UserAccount user = this.users.createApplicant(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000), email,
				"Yeniden Deneme", "parola-parola-9");

		TestMail.get().whileDown(() -> {
			new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> this.notifier
				.notifyUser(user.getId(), KEY, new Object[] { "Başvuru 9", "sunucu kapalı" }, null));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> mailStatuses(user).equals(List.of("FAILED"))
						&& "FAILED".equals(publication(user).get("status")));
		});
		Map<String, Object> failed = publication(user);
		assertThat(failed.get("completion_date")).isNull();
		assertThat(TestMail.get().receivedBy(email)).isEmpty();

		// the SMTP server is back, but the failure is younger than the retry's minimum
		// age
		this.retryJob.retry();
		assertThat(publication(user)).as("not resubmitted yet").isEqualTo(failed);
		releaseRetryLock();

		this.jdbc.update("""
				update event_publication set publication_date = publication_date - interval '6 minutes',
				    last_resubmission_date = last_resubmission_date - interval '6 minutes'
				where id = ?
				""", failed.get("id"));
		this.retryJob.retry();
		releaseRetryLock();

		await().atMost(Duration.ofSeconds(30)).until(() -> mailStatuses(user).equals(List.of("SENT")));
		assertThat(TestMail.get().receivedBy(email)).hasSize(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> publication(user).get("completion_date") != null);
		assertThat(publication(user)).containsEntry("status", "COMPLETED");
		assertThat(this.jdbc.queryForObject("select mail_error from notification where recipient_id = ?", String.class,
				user.getId()))
			.isNull();
	}

	private List<String> mailStatuses(UserAccount user) {
		return this.jdbc.queryForList("select mail_status from notification where recipient_id = ?", String.class,
				user.getId());
	}

	/** The one publication of the user's notification for the mailer. */
	private Map<String, Object> publication(UserAccount user) {
		return this.jdbc.queryForMap("""
				select p.id, p.status, p.completion_date, p.last_resubmission_date, p.completion_attempts
				from event_publication p
				join notification n on n.id = (p.serialized_event::jsonb ->> 'notificationId')::bigint
				where p.event_type = ? and n.recipient_id = ?
				""", EVENT, user.getId());
	}

	/**
	 * Tests call the job directly: free its ShedLock lock rather than wait out
	 * lockAtLeastFor.
	 */
	private void releaseRetryLock() {
		this.jdbc.update("update shedlock set lock_until = locked_at where name = 'event-publication-retry'");
	}

}
