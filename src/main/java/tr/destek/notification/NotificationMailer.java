package tr.destek.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;
import tr.destek.platform.mail.OutgoingMail;

/**
 * Sends a notification's e-mail after the transaction that created it has committed, and
 * records the outcome on the notification (SENT, FAILED or DISABLED). A durable module
 * listener ({@link ApplicationModuleListener}): it runs asynchronously, so no request
 * waits for the SMTP server, and its {@link NotificationCreated} publication stays in
 * Spring Modulith's registry ({@code event_publication}) until the e-mail is out. When
 * the SMTP server refuses or cannot be reached, the notification is marked FAILED and the
 * listener throws, so the publication stays incomplete and is resubmitted later
 * ({@code FailedEventPublicationsRetryJob}, and on restart). The business change is
 * already committed and the in-app notification stays either way.
 */
@Component
class NotificationMailer {

	private static final Log log = LogFactory.getLog(NotificationMailer.class);

	private final NotificationRepository notifications;

	private final UserAccountService users;

	private final NotificationTexts texts;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	private final AtomicBoolean disabledLogged = new AtomicBoolean();

	private final OutgoingMail outgoing;

	/** Without a development outbox (tests that turn SMTP off). */
	NotificationMailer(NotificationRepository notifications, UserAccountService users, NotificationTexts texts,
			MessageSource messages, ObjectProvider<JavaMailSender> mailSender,
			PlatformTransactionManager transactionManager, Clock clock, String from, String baseUrl) {
		this(notifications, users, texts, messages, mailSender, transactionManager, clock, from, baseUrl, null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	NotificationMailer(NotificationRepository notifications, UserAccountService users, NotificationTexts texts,
			MessageSource messages, ObjectProvider<JavaMailSender> mailSender,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${destek.mail.from:destek@localhost}") String from,
			@Value("${destek.base-url:http://localhost:8080}") String baseUrl, OutgoingMail outgoing) {
		this.outgoing = outgoing;
		this.notifications = notifications;
		this.users = users;
		this.texts = texts;
		this.messages = messages;
		this.mailSender = mailSender;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * No transaction is held open while the SMTP server answers: composing and recording
	 * the outcome use short transactions of their own.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void onCreated(NotificationCreated event) {
		send(event.notificationId());
	}

	/**
	 * Sends the e-mail of one notification and records the outcome.
	 * @throws MailNotSentException when the SMTP server did not take it (the notification
	 * is marked FAILED first), so that the event publication is retried
	 */
	void send(Long notificationId) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			// a development run without SMTP keeps the e-mail in its outbox (/dev/outbox)
			java.util.Optional.ofNullable(this.outgoing).flatMap(OutgoingMail::devOutbox).ifPresent(outbox -> {
				Mail mail = this.newTransaction.execute(status -> compose(notificationId));
				if (mail != null) {
					outbox.store(mail.to(), mail.subject(), mail.text());
				}
			});
			if (this.disabledLogged.compareAndSet(false, true)) {
				log.info("E-mail is off (no spring.mail.host configured): notifications are shown in the application "
						+ "only");
			}
			update(notificationId, null, MailStatus.DISABLED);
			return;
		}
		Mail mail = this.newTransaction.execute(status -> compose(notificationId));
		if (mail == null) {
			return;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), false);
			sender.send(message);
			update(notificationId, null, MailStatus.SENT);
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("E-mail of notification " + notificationId + " to user " + mail.userId()
					+ " could not be sent; the in-app notification stays and the e-mail is retried: "
					+ ex.getMessage());
			update(notificationId, ex.getClass().getSimpleName() + ": " + ex.getMessage(), MailStatus.FAILED);
			throw new MailNotSentException(notificationId, ex);
		}
	}

	private Mail compose(Long notificationId) {
		Notification notification = this.notifications.findById(notificationId).orElse(null);
		if (notification == null) {
			return null;
		}
		UserAccount user = this.users.find(notification.getRecipientId()).orElse(null);
		if (user == null) {
			return null;
		}
		Locale locale = Locale.forLanguageTag(user.getPreferredLocale());
		StringBuilder text = new StringBuilder();
		text.append(this.messages.getMessage("notification.mail.greeting", new Object[] { user.getFullName() }, locale))
			.append("\n\n")
			.append(this.texts.body(notification, locale))
			.append("\n\n");
		if (notification.getLink() != null) {
			text.append(this.messages.getMessage("notification.mail.link",
					new Object[] { this.baseUrl + notification.getLink() }, locale))
				.append("\n\n");
		}
		text.append(this.messages.getMessage("notification.mail.footer",
				new Object[] { this.baseUrl + "/account/notifications" }, locale));
		return new Mail(user.getId(), user.getEmail(), this.texts.subject(notification, locale), text.toString());
	}

	private void update(Long notificationId, String error, MailStatus status) {
		Instant now = Instant.now(this.clock);
		this.newTransaction.executeWithoutResult(tx -> this.notifications.findById(notificationId).ifPresent(n -> {
			switch (status) {
				case SENT -> n.mailSent(now);
				case FAILED -> n.mailFailed(error, now);
				case DISABLED -> n.mailDisabled();
				case PENDING -> {
				}
			}
		}));
	}

	private record Mail(Long userId, String to, String subject, String text) {
	}

	/**
	 * The SMTP server did not take a notification's e-mail: thrown out of the listener so
	 * that Spring Modulith marks the event publication FAILED and resubmits it.
	 */
	static final class MailNotSentException extends RuntimeException {

		MailNotSentException(Long notificationId, Exception cause) {
			super("The e-mail of notification " + notificationId + " was not sent", cause);
		}

	}

}
