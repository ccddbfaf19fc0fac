package tr.destek.notification;

import java.time.Instant;

/**
 * A notification as its reader sees it, in the reader's language.
 *
 * @param id the notification's identifier
 * @param subject the short text (the message key's {@code .subject})
 * @param body the full text (the message key's {@code .body})
 * @param link where the notification leads inside the application (a path such as
 * {@code /enterprise/applications/12}), or {@code null}
 * @param createdAt when it was created
 * @param read whether the reader has marked it as read
 */
public record NotificationView(Long id, String subject, String body, String link, Instant createdAt, boolean read) {

}
