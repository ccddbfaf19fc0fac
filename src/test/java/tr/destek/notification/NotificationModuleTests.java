package tr.destek.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.support.TestDatabaseConfiguration;
import tr.destek.support.TestMail;
import tr.destek.support.TestMailConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11 point 8: the notification module on its own (with what it needs: identity,
 * audit, platform), on the JVM's test database and SMTP server. A notification stored in
 * the caller's transaction is published as {@link NotificationCreated}; the mailer, an
 * asynchronous module listener, sends the e-mail and records it. Its own context (about
 * the cost of one context start); restart resubmission is off so that this context never
 * takes over the publications of the shared test context.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({ TestDatabaseConfiguration.class, TestMailConfiguration.class })
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.modulith.events.republish-outstanding-events-on-restart=false")
class NotificationModuleTests {

	@Autowired
	Notifier notifier;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNotificationIsPublishedAndItsEmailSentByTheModulesListener(Scenario scenario) {
		String email = "modul-" + UUID.randomUUID() + "@example.com";
		UserAccount user = this.users.createApplicant(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000), email,
				"Modül Testi", "parola-parola-9");

		scenario
			.stimulate(() -> this.notifier.notifyUser(user.getId(), "notification.record-updated",
					new Object[] { "Başvuru 11", "modül" }, null))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> mailStatuses(user), List.of("SENT")::equals)
			.andVerify(statuses -> {
				assertThat(TestMail.get().receivedBy(email)).singleElement()
					.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Destek: Başvuru 11 güncellendi"));
			});
	}

	private List<String> mailStatuses(UserAccount user) {
		return this.jdbc.queryForList("select mail_status from notification where recipient_id = ?", String.class,
				user.getId());
	}

}
