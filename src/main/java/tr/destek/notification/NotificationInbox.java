package tr.destek.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own notifications: read in the reader's language, mark as read. Every method
 * takes the reader's id, and a notification of someone else is treated as absent.
 */
@Service
public class NotificationInbox {

	private final NotificationRepository notifications;

	private final NotificationTexts texts;

	private final Clock clock;

	NotificationInbox(NotificationRepository notifications, NotificationTexts texts, Clock clock) {
		this.notifications = notifications;
		this.texts = texts;
		this.clock = clock;
	}

	/** The reader's notifications, newest first, rendered in {@code locale}. */
	@Transactional(readOnly = true)
	public Page<NotificationView> page(Long readerId, Pageable pageable, Locale locale) {
		return this.notifications.findForRecipient(readerId, pageable).map(n -> view(n, locale));
	}

	/** How many notifications the reader has not read yet (one count query). */
	@Transactional(readOnly = true)
	public long unreadCount(Long readerId) {
		return this.notifications.countUnread(readerId);
	}

	/**
	 * Marks one of the reader's notifications as read.
	 * @return the notification, or empty when the reader has no notification with that id
	 */
	@Transactional
	public Optional<NotificationView> markRead(Long readerId, Long notificationId, Locale locale) {
		return this.notifications.findByIdAndRecipientId(notificationId, readerId).map(n -> {
			n.markRead(Instant.now(this.clock));
			return view(n, locale);
		});
	}

	/** Marks all the reader's notifications as read; returns how many were unread. */
	@Transactional
	public int markAllRead(Long readerId) {
		return this.notifications.markAllRead(readerId, Instant.now(this.clock));
	}

	/** The e-mail status of a notification, for staff tools and tests. */
	@Transactional(readOnly = true)
	public Optional<MailStatus> mailStatus(Long notificationId) {
		return this.notifications.findById(notificationId).map(Notification::getMailStatus);
	}

	private NotificationView view(Notification n, Locale locale) {
		return new NotificationView(n.getId(), this.texts.subject(n, locale), this.texts.body(n, locale), n.getLink(),
				n.getCreatedAt(), n.getReadAt() != null);
	}

}
