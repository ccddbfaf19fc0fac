package tr.destek.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import tr.destek.DestekApplication;

/**
 * More application instances for the reliability tests (issue #9, must build 3–5): a
 * whole Destek as production runs it ({@link DestekApplication}, Tomcat on a free port,
 * Flyway, Spring Session JDBC, ShedLock, the event publication registry), pointed at a
 * PostgreSQL database, either in this JVM ({@link #start}) or as a child JVM process
 * ({@link #startProcess}) that a test can kill. Test classes are on the classpath but are
 * not component-scanned into these instances ({@link TestClassesExcluded}); the e-mail
 * goes to the JVM's {@link TestMail}. Jobs do not fire by themselves (profile
 * {@code test}); tests call them.
 */
public final class Nodes {

	private Nodes() {
	}

	/** Where an instance's database is and how it logs in. */
	public record Database(String jdbcUrl, String appUser, String appPassword, String ownerUser, String ownerPassword) {

		/**
		 * The JVM's test database ({@link TestDatabase}), shared with the test context.
		 */
		public static Database shared() {
			TestDatabase database = TestDatabase.get();
			return new Database(database.jdbcUrl(), database.username(), database.password(), database.ownerUsername(),
					database.ownerPassword());
		}

	}

	/**
	 * Starts one more application instance in this JVM, on a free port.
	 * @param postProcessors bean post-processors registered before the context refreshes
	 */
	public static ConfigurableApplicationContext start(String name, Database database,
			BeanPostProcessor... postProcessors) {
		return new SpringApplicationBuilder(DestekApplication.class).profiles("test").initializers(context -> {
			context.getBeanFactory().registerSingleton("testClassesExcluded", new TestClassesExcluded());
			for (BeanPostProcessor postProcessor : postProcessors) {
				context.getBeanFactory().addBeanPostProcessor(postProcessor);
			}
		}).run(arguments(name, database).toArray(String[]::new));
	}

	/** The HTTP port an instance started by {@link #start} listens on. */
	public static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/**
	 * The command line of an instance: its database, both roles, a free port, e-mail to
	 * {@link TestMail}.
	 */
	public static List<String> arguments(String name, Database database) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--spring.datasource.url=" + database.jdbcUrl());
		arguments.add("--spring.datasource.username=" + database.appUser());
		arguments.add("--spring.datasource.password=" + database.appPassword());
		arguments.add("--spring.flyway.user=" + database.ownerUser());
		arguments.add("--spring.flyway.password=" + database.ownerPassword());
		arguments.add("--destek.embedded-database.enabled=false");
		arguments.add("--server.port=0");
		arguments.add("--spring.mail.host=127.0.0.1");
		arguments.add("--spring.mail.port=" + TestMail.get().port());
		arguments.add("--spring.main.banner-mode=off");
		arguments.add("--spring.application.name=destek-" + name);
		return arguments;
	}

	/**
	 * Starts an instance as a child JVM from this JVM's test classpath, running
	 * {@code mainClass} (which starts the application with {@link #builder()}); its
	 * output goes to {@code log}.
	 */
	public static Process startProcess(Class<?> mainClass, Path log, List<String> arguments,
			Map<String, String> systemProperties) throws IOException {
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx768m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Xshare:auto");
		command.add("-Duser.timezone=Europe/Istanbul");
		command.add("-Ddestek.embedded-database.enabled=false");
		systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add("-cp");
		command.add(classpath());
		command.add(mainClass.getName());
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
			.start();
	}

	/**
	 * What a child JVM's main method starts: the application without the test classes.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(DestekApplication.class).profiles("test")
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("testClassesExcluded", new TestClassesExcluded()));
	}

	private static String classpath() {
		// Surefire starts this JVM from a manifest-only jar; its real classpath is here
		String surefire = System.getProperty("surefire.test.class.path");
		return (surefire != null && !surefire.isBlank()) ? surefire : System.getProperty("java.class.path");
	}

	/**
	 * Keeps the test sources' configurations ({@code @TestConfiguration} and the like)
	 * out of the component scan of an instance started outside the Spring test framework,
	 * as Spring Boot's own test exclude filter does inside it.
	 */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory)
				throws IOException {
			return metadataReader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
