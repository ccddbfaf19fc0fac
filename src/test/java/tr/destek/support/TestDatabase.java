package tr.destek.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import tr.destek.platform.DatabaseRoles;
import tr.destek.platform.EmbeddedDatabaseEnvironmentPostProcessor;

/**
 * The one PostgreSQL of a test JVM, started on first use: Testcontainers when a Docker
 * engine answers, the embedded PostgreSQL otherwise
 * ({@code DESTEK_TEST_DATABASE=embedded|docker} forces one). Never H2.
 * <p>
 * As in production, the tests run with two roles ({@link DatabaseRoles}): Flyway migrates
 * as the owner role, the application's data source logs in as the application role, so a
 * test proves the app works with only the grants of migration V67. The server's superuser
 * only creates the roles and the {@code destek} database.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	static final String DATABASE = "destek";

	static final String OWNER_PASSWORD = "destek-owner-test";

	static final String APP_PASSWORD = "destek-app-test";

	private final String serverUrl;

	private final String jdbcUrl;

	private final String superuser;

	private final String superuserPassword;

	private final String kind;

	private TestDatabase(String serverUrl, String superuserUrl, String superuser, String superuserPassword,
			String kind) {
		this.serverUrl = serverUrl;
		this.jdbcUrl = serverUrl + DATABASE;
		this.superuser = superuser;
		this.superuserPassword = superuserPassword;
		this.kind = kind;
		try (Connection connection = DriverManager.getConnection(superuserUrl, superuser, superuserPassword)) {
			DatabaseRoles.setUp(connection, DATABASE, OWNER_PASSWORD, APP_PASSWORD);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set up the database roles on the test database", ex);
		}
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
		String server = "jdbc:postgresql://" + container.getHost() + ":"
				+ container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/";
		return new TestDatabase(server, container.getJdbcUrl(), container.getUsername(), container.getPassword(),
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
				// stopped by the hook below, after Spring has closed the test contexts
				.setRegisterShutdownHook(false)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				EmbeddedDatabaseEnvironmentPostProcessor.awaitSpringShutdown();
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// JVM is stopping
				}
			}));
			return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/",
					postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded PostgreSQL");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/** The application role: what the app's data source logs in as. */
	public String username() {
		return DatabaseRoles.APP;
	}

	public String password() {
		return APP_PASSWORD;
	}

	/** The owner role: what Flyway logs in as. */
	public String ownerUsername() {
		return DatabaseRoles.OWNER;
	}

	public String ownerPassword() {
		return OWNER_PASSWORD;
	}

	/** The server's superuser, for tests that must prove what only a superuser can do. */
	public String superuser() {
		return this.superuser;
	}

	public String superuserPassword() {
		return this.superuserPassword;
	}

	/** A superuser connection to one database of the test server. */
	public Connection superuserConnection(String database) throws SQLException {
		return DriverManager.getConnection(this.serverUrl + database, this.superuser, this.superuserPassword);
	}

}
