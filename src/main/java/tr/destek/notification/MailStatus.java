package tr.destek.notification;

/** What happened to a notification's e-mail. */
public enum MailStatus {

	/** The change is not committed yet, or the e-mail is being sent. */
	PENDING,

	/** The SMTP server accepted the e-mail. */
	SENT,

	/**
	 * Sending failed (SMTP server down, address refused); the in-app notification stays.
	 */
	FAILED,

	/** No SMTP server is configured ({@code spring.mail.host}); in-app only. */
	DISABLED

}
