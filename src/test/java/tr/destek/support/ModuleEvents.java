package tr.destek.support;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Waits for the asynchronous module listeners ({@code @ApplicationModuleListener}) of one
 * event: until every publication Spring Modulith's registry stored for it is completed.
 * For fixtures that change data after a committed step and need its listeners to have run
 * first, as they did when the listeners were synchronous.
 */
public final class ModuleEvents {

	private static final String OUTSTANDING = """
			select count(*) filter (where completion_date is null) from event_publication
			where event_type = ? and (serialized_event::jsonb ->> ?) = ?
			""";

	private ModuleEvents() {
	}

	/**
	 * @param eventType the event's class
	 * @param field a field of the event's record that identifies it (e.g.
	 * {@code decisionId})
	 * @param value its value
	 */
	public static void awaitCompleted(JdbcTemplate jdbc, Class<?> eventType, String field, Object value) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.queryForObject(OUTSTANDING, Integer.class, eventType.getName(), field,
					String.valueOf(value)) == 0);
	}

	/**
	 * Waits until no publication of the last ten minutes is waiting for or running its
	 * listener (failed ones excepted): for tests that count the SQL statements of the
	 * whole JVM and must not count a listener's.
	 */
	public static void awaitIdle(JdbcTemplate jdbc) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject("""
				select count(*) from event_publication where completion_date is null
				and coalesce(status, '') <> 'FAILED' and publication_date > now() - interval '10 minutes'
				""", Integer.class) == 0);
	}

	/** The same through a {@link JdbcClient}. */
	public static void awaitCompleted(JdbcClient jdbc, Class<?> eventType, String field, Object value) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.sql(OUTSTANDING)
				.params(eventType.getName(), field, String.valueOf(value))
				.query(Integer.class)
				.single() == 0);
	}

}
