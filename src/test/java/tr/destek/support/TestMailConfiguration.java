package tr.destek.support;

import java.util.Properties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The shared test context sends e-mail to the JVM's {@link TestMail} server, as
 * {@code spring.mail.host}/{@code port} would in production (Boot's own mail sender backs
 * off when this bean exists).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailConfiguration {

	@Bean
	JavaMailSender testMailSender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(TestMail.get().port());
		sender.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", "5000");
		properties.put("mail.smtp.writetimeout", "5000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

}
