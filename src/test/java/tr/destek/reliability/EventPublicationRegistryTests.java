package tr.destek.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import tr.destek.board.BoardDecisionRegistered;
import tr.destek.board.BoardPath;
import tr.destek.board.VoteDecision;
import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.kosgeb.ApplicationSubmitted;
import tr.destek.kosgeb.ControlFixtures;
import tr.destek.platform.CompletedEventPublicationsPurgeJob;
import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #9, must build 4, and issue #11 point 3: the module events are durable. The
 * cross-module listeners are {@code @ApplicationModuleListener}s (asynchronous, after the
 * commit, in their own transaction) and Spring Modulith's registry records each of them:
 * one {@code event_publication} row per listener, written in the publishing transaction
 * and completed when the listener returned. The control's assignment runs inside the
 * submission's transaction, just before it commits (a file is never submitted without
 * it), so nothing is owed after that commit. Test data in province 51.
 */
@IntegrationTest
@WithMockUser(username = "sekretarya-51@kosgeb.test", roles = "BOARD_SECRETARIAT")
class EventPublicationRegistryTests {

	static final int PROVINCE = 51;

	static final String NOTIFICATION_CREATED = "tr.destek.notification.NotificationCreated";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccountService users;

	@Test
	void aSubmissionIsAssignedInItsOwnTransactionAndTheAssignmentMailIsRecordedForTheMailer() {
		ControlFixtures control = ControlFixtures.from(this.context);
		UserAccount expert = control.staff(Role.RESPONSIBLE_STAFF, PROVINCE);

		Long application = control.submitted(PROVINCE, "Kayıtlı Olay A.Ş.");

		// assigned by the time the submission committed: nothing owed after the commit
		Long assigned = this.jdbc.queryForObject("select assigned_staff_id from kosgeb_application where id = ?",
				Long.class, application);
		assertThat(assigned).isNotNull();
		assertThat(this.users.staffOfProvince(Role.RESPONSIBLE_STAFF, (short) PROVINCE)).extracting(UserAccount::getId)
			.contains(expert.getId(), assigned);
		assertThat(publications(ApplicationSubmitted.class.getName(), "applicationId", application)).isEmpty();
		Long notification = this.jdbc.queryForObject(
				"select max(id) from notification where recipient_id = ? and message_key = 'kosgeb-control.notify.assigned'",
				Long.class, assigned);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> publications(NOTIFICATION_CREATED, "notificationId", notification).stream()
				.allMatch(p -> p.get("completion_date") != null));
		assertThat(publications(NOTIFICATION_CREATED, "notificationId", notification)).singleElement().satisfies(p -> {
			assertThat((String) p.get("listener_id")).contains("notification.NotificationMailer.onCreated(");
			assertThat(p.get("completion_date")).isNotNull();
			assertThat(p.get("status")).isEqualTo("COMPLETED");
		});
	}

	@Test
	void aRegisteredDecisionIsRecordedForTheMonitoringListener() {
		BoardPath path = new BoardPath(this.context);
		Long application = path.control().readyForBoard(PROVINCE, "Kayıtlı Karar A.Ş.");

		BoardPath.Run run = path.decided(application, VoteDecision.ACCEPT, VoteDecision.ACCEPT, VoteDecision.ACCEPT);

		// the monitoring listener runs asynchronously after the decision's commit
		await().atMost(Duration.ofSeconds(30))
			.until(() -> publications(BoardDecisionRegistered.class.getName(), "decisionId", run.decision().getId())
				.stream()
				.allMatch(p -> p.get("completion_date") != null));
		assertThat(publications(BoardDecisionRegistered.class.getName(), "decisionId", run.decision().getId()))
			.singleElement()
			.satisfies(p -> {
				assertThat((String) p.get("listener_id")).contains("loan.KosgebProgrammeStarts.on(");
				assertThat(p.get("completion_date")).isNotNull();
				assertThat(p.get("status")).isEqualTo("COMPLETED");
			});
		assertThat(this.jdbc.queryForObject("select count(*) from monitoring_case where application_id = ?",
				Integer.class, application))
			.isOne();
	}

	@Test
	void completedPublicationsAreDeletedAfterTheRetentionIncompleteOnesNever() {
		UUID oldCompleted = publication("40 days", "31 days");
		UUID recentlyCompleted = publication("40 days", "1 day");
		UUID oldIncomplete = publication("40 days", null);
		try {
			this.context.getBean(CompletedEventPublicationsPurgeJob.class).purge();

			assertThat(this.jdbc.queryForList("select id from event_publication where id in (?, ?, ?)", UUID.class,
					oldCompleted, recentlyCompleted, oldIncomplete))
				.containsExactlyInAnyOrder(recentlyCompleted, oldIncomplete);
		}
		finally {
			this.jdbc.update("delete from event_publication where id in (?, ?, ?)", oldCompleted, recentlyCompleted,
					oldIncomplete);
		}
	}

	private UUID publication(String publishedAgo, String completedAgo) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    completion_date, status, completion_attempts)
				values (?, 'tr.destek.reliability.NoSuchListener.on()', ?, '{}', now() - ?::interval,
				    now() - ?::interval, ?, 1)
				""", id, BoardDecisionRegistered.class.getName(), publishedAgo, completedAgo,
				(completedAgo != null) ? "COMPLETED" : "FAILED");
		return id;
	}

	private List<Map<String, Object>> publications(String eventType, String idField, Long id) {
		return this.jdbc.queryForList("""
				select listener_id, completion_date, status from event_publication
				where event_type = ? and (serialized_event::jsonb ->> ?)::bigint = ?
				""", eventType, idField, id);
	}

}
