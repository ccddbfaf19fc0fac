package tr.destek.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue #11 point 9: the embedded PostgreSQL is a development convenience. It starts only
 * when asked ({@code DESTEK_EMBEDDED_DATABASE=true}, or the {@code demo} profile of the
 * README's run command); without it and without {@code SPRING_DATASOURCE_URL} the start
 * stops at once with a message naming both. Read from the application's own configuration
 * files; the embedded server is a recording stand-in, so nothing starts here.
 * <p>
 * Red before: without URL and flag the post-processor started the embedded database.
 */
class EmbeddedDatabaseEnvironmentPostProcessorTests {

	final List<Path> started = new ArrayList<>();

	final EmbeddedDatabaseEnvironmentPostProcessor postProcessor = new EmbeddedDatabaseEnvironmentPostProcessor(
			LogFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessorTests.class), (directory, port) -> {
				this.started.add(directory);
				return 54321;
			});

	@Test
	void withoutAUrlAndWithoutTheFlagTheStartStopsWithAMessageNamingSpringDatasourceUrl() throws IOException {
		MockEnvironment environment = application();

		assertThatExceptionOfType(DatabaseNotConfiguredException.class).isThrownBy(() -> run(environment))
			.withMessageContaining("SPRING_DATASOURCE_URL")
			.withMessageContaining("DESTEK_EMBEDDED_DATABASE=true")
			.satisfies(ex -> {
				FailureAnalysis analysis = new DatabaseNotConfiguredFailureAnalyzer().analyze(ex);
				assertThat(analysis.getDescription()).startsWith("No database configured")
					.contains("SPRING_DATASOURCE_URL");
				assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL")
					.contains("DESTEK_EMBEDDED_DATABASE=true");
			});
		assertThat(this.started).isEmpty();
		assertThat(environment.getProperty("spring.datasource.url")).isNull();
	}

	@Test
	void destekEmbeddedDatabaseTrueStartsItAndTheApplicationUsesItWithItsTwoRoles() throws IOException {
		MockEnvironment environment = application().withProperty("DESTEK_EMBEDDED_DATABASE", "true");

		run(environment);

		assertThat(this.started).singleElement().isEqualTo(Path.of(".destek-data/postgres").toAbsolutePath());
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:54321/destek");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo(DatabaseRoles.APP);
		assertThat(environment.getProperty("spring.flyway.user")).isEqualTo(DatabaseRoles.OWNER);
		assertThat(environment.getProperty("destek.embedded-database.active")).isEqualTo("true");
	}

	@Test
	void theDemoProfileOfTheReadmesRunCommandAsksForIt() throws IOException {
		MockEnvironment environment = application();
		environment.getPropertySources()
			.addFirst(new ResourcePropertySource(new ClassPathResource("application-demo.properties")));

		run(environment);

		assertThat(this.started).hasSize(1);
		assertThat(environment.getProperty("spring.datasource.url")).endsWith(":54321/destek");
	}

	@Test
	void withSpringDatasourceUrlNothingStartsEvenWhenAsked() throws IOException {
		MockEnvironment environment = application().withProperty("DESTEK_EMBEDDED_DATABASE", "true")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/destek");

		run(environment);

		assertThat(this.started).isEmpty();
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example:5432/destek");
	}

	@Test
	void falseMeansTheConnectionComesFromElsewhereAsInTheTests() throws IOException {
		MockEnvironment environment = application().withProperty("DESTEK_EMBEDDED_DATABASE", "false");

		run(environment);

		assertThat(this.started).isEmpty();
		assertThat(environment.getProperty("spring.datasource.url")).isNull();
	}

	@Test
	void onAProductionBuildWithoutTheLibraryAskingForItSaysSo() {
		DatabaseNotConfiguredException missing = new DatabaseNotConfiguredException(true);
		FailureAnalysis analysis = new DatabaseNotConfiguredFailureAnalyzer().analyze(missing);
		assertThat(analysis.getDescription()).contains("-Pproduction").contains("SPRING_DATASOURCE_URL");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}

	private void run(ConfigurableEnvironment environment) {
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
	}

	/** The application's own configuration file, no machine environment. */
	private static MockEnvironment application() throws IOException {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources()
			.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
		return environment;
	}

}
