package tr.destek.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;

/**
 * The notification module's API for other modules: tell a person (or everyone of an
 * enterprise) that something happened. Each call stores an in-app notification in the
 * caller's transaction; the e-mail is sent only after that transaction commits (nothing
 * is sent when it rolls back), and a failing SMTP server never fails the caller.
 * <p>
 * Texts come from the caller's message bundle: {@code <messageKey>.subject} and
 * {@code <messageKey>.body}, in Turkish and English, with {@code args} as {@code {0}},
 * {@code {1}}... (plain values: text, numbers, dates already formatted).
 */
@Service
public class Notifier {

	private final NotificationRepository notifications;

	private final UserAccountService users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notifier(NotificationRepository notifications, UserAccountService users, ApplicationEventPublisher events,
			Clock clock) {
		this.notifications = notifications;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * In-app notification + e-mail to one user, in the user's preferred language
	 * ({@link UserAccount#getPreferredLocale()}).
	 * @param userId the recipient
	 * @param messageKey the key whose {@code .subject} and {@code .body} hold the texts
	 * @param args the message arguments
	 * @param link a path inside the application the notification leads to (e.g.
	 * {@code /enterprise/applications/12}), or {@code null}
	 */
	@Transactional
	public void notifyUser(Long userId, String messageKey, Object[] args, String link) {
		UserAccount user = this.users.find(userId)
			.orElseThrow(() -> new IllegalArgumentException("no user " + userId + " to notify"));
		create(user, messageKey, args, link);
	}

	/**
	 * The same to every enabled user of an enterprise
	 * ({@link UserAccountService#colleagues(Long)}).
	 */
	@Transactional
	public void notifyEnterprise(Long enterpriseId, String messageKey, Object[] args, String link) {
		List<UserAccount> recipients = this.users.colleagues(enterpriseId)
			.stream()
			.filter(UserAccount::isEnabled)
			.toList();
		for (UserAccount recipient : recipients) {
			create(recipient, messageKey, args, link);
		}
	}

	private void create(UserAccount recipient, String messageKey, Object[] args, String link) {
		if (messageKey == null || messageKey.isBlank()) {
			throw new IllegalArgumentException("a notification needs a message key");
		}
		Notification notification = this.notifications.save(new Notification(recipient.getId(), messageKey.trim(),
				NotificationTexts.toJson(args), checkedLink(link), Instant.now(this.clock)));
		this.events.publishEvent(new NotificationCreated(notification.getId()));
	}

	/** Only paths inside the application: no other sites, no {@code javascript:}. */
	static String checkedLink(String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		String trimmed = link.trim();
		if (!trimmed.startsWith("/") || trimmed.startsWith("//") || trimmed.contains("\\")
				|| trimmed.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
				|| trimmed.length() > 500) {
			throw new IllegalArgumentException("a notification link must be a path inside the application: " + link);
		}
		return trimmed;
	}

}
