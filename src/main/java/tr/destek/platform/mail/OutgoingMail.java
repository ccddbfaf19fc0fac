package tr.destek.platform.mail;

import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a plain-text e-mail once the caller's transaction has committed (nothing is sent
 * when it rolls back): through SMTP when {@code spring.mail.host} is configured, into the
 * {@link DevOutbox} on a development run without SMTP that enables it, otherwise nowhere
 * (logged). Never throws: a mail that cannot be delivered never undoes the business step.
 */
@Component
public class OutgoingMail {

	private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final ObjectProvider<DevOutbox> devOutbox;

	private final String from;

	private final String baseUrl;

	OutgoingMail(ObjectProvider<JavaMailSender> mailSender, ObjectProvider<DevOutbox> devOutbox,
			@Value("${destek.mail.from:destek@localhost}") String from,
			@Value("${destek.base-url:http://localhost:8080}") String baseUrl) {
		this.mailSender = mailSender;
		this.devOutbox = devOutbox;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The absolute address of a path inside the application, for links in e-mails. */
	public String link(String path) {
		return this.baseUrl + path;
	}

	/** Sends after commit (or now, outside a transaction). */
	public void send(String to, String subject, String text) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			deliver(to, subject, text);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				deliver(to, subject, text);
			}
		});
	}

	/** The development outbox, when this run keeps mails there instead of SMTP. */
	public Optional<DevOutbox> devOutbox() {
		return (this.mailSender.getIfAvailable() == null) ? Optional.ofNullable(this.devOutbox.getIfAvailable())
				: Optional.empty();
	}

	private void deliver(String to, String subject, String text) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		try {
			if (sender != null) {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
				helper.setFrom(this.from);
				helper.setTo(to);
				helper.setSubject(subject);
				helper.setText(text, false);
				sender.send(message);
				return;
			}
			DevOutbox outbox = this.devOutbox.getIfAvailable();
			if (outbox != null) {
				outbox.store(to, subject, text);
				return;
			}
			log.warn("E-mail is off (no spring.mail.host configured, no development outbox): \"{}\" to {} not sent",
					subject, to);
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("E-mail \"{}\" to {} could not be sent: {}", subject, to, ex.getMessage());
		}
	}

}
