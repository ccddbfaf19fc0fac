package tr.destek.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL of a test JVM, started on first use: Testcontainers when a Docker
 * engine answers, the embedded PostgreSQL otherwise
 * ({@code DESTEK_TEST_DATABASE=embedded|docker} forces one). Never H2.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private final String kind;

	private TestDatabase(String jdbcUrl, String username, String password, String kind) {
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
		this.kind = kind;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = useDocker() ? startContainer() : startEmbedded();
			System.out.println("Test database: " + instance.kind + " at " + instance.jdbcUrl);
		}
		return instance;
	}

	private static boolean useDocker() {
		String forced = System.getenv("DESTEK_TEST_DATABASE");
		if ("embedded".equalsIgnoreCase(forced)) {
			return false;
		}
		if ("docker".equalsIgnoreCase(forced)) {
			return true;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static TestDatabase startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:18").withCommand("postgres", "-c",
				"timezone=Europe/Istanbul");
		container.start();
		// stopped by Testcontainers' Ryuk when the JVM ends
		return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers");
	}

	private static TestDatabase startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setServerConfig("timezone", "Europe/Istanbul")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_connections", "300")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// JVM is stopping
				}
			}));
			return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
					"embedded PostgreSQL");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

}
