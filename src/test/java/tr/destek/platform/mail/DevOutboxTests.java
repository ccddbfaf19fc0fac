package tr.destek.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #9 point 7: without SMTP (the README's first command, the demo) the mails land in
 * a development outbox, {@code /dev/outbox}, that exists only on such a run: the
 * {@code demo} profile sets {@code destek.mail.dev-outbox=true}, the production
 * configuration never does, and a configured SMTP server switches it off.
 */
@IntegrationTest
class DevOutboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withSmtpConfiguredAndThePropertyOffThePageAnswers404() throws Exception {
		this.mvc.perform(get("/dev/outbox")).andExpect(status().isNotFound());
	}

	@Test
	void theOutboxExistsOnlyWhenEnabledAndNoSmtpServerIsConfigured() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withBean(JdbcTemplate.class, () -> this.jdbc)
			.withBean(Clock.class, Clock::systemUTC)
			.withUserConfiguration(DevOutbox.class, DevOutboxController.class);
		runner.withPropertyValues("destek.mail.dev-outbox=true").run(context -> {
			assertThat(context).hasSingleBean(DevOutbox.class);
			assertThat(context).hasSingleBean(DevOutboxController.class);
		});
		runner.withPropertyValues("destek.mail.dev-outbox=true", "spring.mail.host=smtp.example.com")
			.run(context -> assertThat(context).doesNotHaveBean(DevOutbox.class)
				.doesNotHaveBean(DevOutboxController.class));
		runner.run(context -> assertThat(context).doesNotHaveBean(DevOutbox.class)
			.doesNotHaveBean(DevOutboxController.class));
	}

	@Test
	void onlyTheDemoProfileEnablesItNeverTheProductionConfiguration() throws IOException {
		assertThat(load("application.properties").getProperty("destek.mail.dev-outbox")).isNull();
		assertThat(load("application-demo.properties").getProperty("destek.mail.dev-outbox")).isEqualTo("true");
	}

	@Test
	void withoutSmtpAMailLandsInTheOutboxWithItsLinks() {
		DevOutbox outbox = new DevOutbox(this.jdbc, Clock.systemUTC());
		StaticListableBeanFactory withOutbox = new StaticListableBeanFactory();
		withOutbox.addBean("devOutbox", outbox);
		OutgoingMail mail = new OutgoingMail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				withOutbox.getBeanProvider(DevOutbox.class), "destek@localhost", "http://localhost:8080/");
		String to = "outbox-" + UUID.randomUUID() + "@example.com";
		assertThat(mail.devOutbox()).containsSame(outbox);
		mail.send(to, "Konu", "Bağlantı:\n" + mail.link("/email-confirmations/abc-123") + "\n");
		DevOutbox.Mail stored = outbox.latest()
			.stream()
			.filter(m -> m.recipient().equals(to))
			.findFirst()
			.orElseThrow();
		assertThat(stored.subject()).isEqualTo("Konu");
		assertThat(stored.links()).containsExactly("http://localhost:8080/email-confirmations/abc-123");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DevOutboxTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(in);
		}
		return properties;
	}

}
