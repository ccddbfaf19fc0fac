package tr.destek.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One notification for one user. It keeps the message key and arguments, not the text, so
 * that it is shown in whatever language the reader uses.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient_id", nullable = false)
	private Long recipientId;

	@Column(name = "message_key", nullable = false)
	private String messageKey;

	@Column(nullable = false)
	private String arguments;

	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "mail_status", nullable = false)
	private MailStatus mailStatus = MailStatus.PENDING;

	@Column(name = "mail_error")
	private String mailError;

	@Column(name = "mail_at")
	private Instant mailAt;

	protected Notification() {
	}

	Notification(Long recipientId, String messageKey, String arguments, String link, Instant createdAt) {
		this.recipientId = recipientId;
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.link = link;
		this.createdAt = createdAt;
	}

	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	void mailSent(Instant now) {
		this.mailStatus = MailStatus.SENT;
		this.mailError = null;
		this.mailAt = now;
	}

	void mailFailed(String error, Instant now) {
		this.mailStatus = MailStatus.FAILED;
		this.mailError = (error != null && error.length() > 500) ? error.substring(0, 500) : error;
		this.mailAt = now;
	}

	void mailDisabled() {
		this.mailStatus = MailStatus.DISABLED;
	}

	Long getId() {
		return this.id;
	}

	Long getRecipientId() {
		return this.recipientId;
	}

	String getMessageKey() {
		return this.messageKey;
	}

	String getArguments() {
		return this.arguments;
	}

	String getLink() {
		return this.link;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getReadAt() {
		return this.readAt;
	}

	MailStatus getMailStatus() {
		return this.mailStatus;
	}

	String getMailError() {
		return this.mailError;
	}

}
