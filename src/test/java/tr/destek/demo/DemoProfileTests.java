package tr.destek.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 point 9: "the demo admin appears on any embedded run". Demo users and data now
 * come only with the {@code demo} profile (which {@code ./mvnw spring-boot:run}, the
 * README's first command, switches on) or {@code DESTEK_DEMO_DATA=true}; never silently.
 * The decision is read from the application's own configuration files.
 */
class DemoProfileTests {

	@Test
	void anEmbeddedRunWithoutTheProfileOrTheFlagHasNoDemoUsers() throws IOException {
		StandardEnvironment environment = applicationConfiguration();
		environment.getPropertySources()
			.addFirst(new org.springframework.core.env.MapPropertySource("embedded",
					java.util.Map.of("destek.embedded-database.active", "true")));
		assertThat(demoData(environment).enabled()).isFalse();
	}

	@Test
	void theDemoProfileLoadsThemOnTheEmbeddedDatabaseOnly() throws IOException {
		StandardEnvironment embedded = applicationConfiguration();
		embedded.getPropertySources()
			.addFirst(new ResourcePropertySource(new ClassPathResource("application-demo.properties")));
		embedded.getPropertySources()
			.addFirst(new org.springframework.core.env.MapPropertySource("embedded",
					java.util.Map.of("destek.embedded-database.active", "true")));
		assertThat(demoData(embedded).enabled()).isTrue();

		StandardEnvironment external = applicationConfiguration();
		external.getPropertySources()
			.addFirst(new ResourcePropertySource(new ClassPathResource("application-demo.properties")));
		assertThat(demoData(external).enabled()).isFalse();
	}

	@Test
	void destekDemoDataTrueForcesThem() {
		assertThat(demoData(new MockEnvironment().withProperty("destek.demo-data", "true")).enabled()).isTrue();
		assertThat(demoData(new MockEnvironment().withProperty("destek.embedded-database.active", "true")).enabled())
			.isFalse();
	}

	@Test
	void theReadmesRunCommandSwitchesOnTheDemoProfile() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		String plugin = pom.substring(pom.indexOf("<artifactId>spring-boot-maven-plugin</artifactId>"));
		plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
		assertThat(plugin).contains("<profile>demo</profile>");
		assertThat(Files.readString(Path.of("README.md"))).contains("./mvnw spring-boot:run");
	}

	private static StandardEnvironment applicationConfiguration() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		// only the files, not the machine's environment variables
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
		return environment;
	}

	private static DemoData demoData(org.springframework.core.env.Environment environment) {
		return new DemoData(null, null, environment, null, null, null, null);
	}

}
