package tr.destek.identity;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tr.destek.platform.mail.OutgoingMail;

/**
 * The identity module's e-mails, in the recipient's language: each one-time link goes to
 * the account's own mailbox and nowhere else (never to a page, never to whoever asked for
 * it).
 */
@Component
class IdentityMails {

	private final OutgoingMail mail;

	private final MessageSource messages;

	IdentityMails(OutgoingMail mail, MessageSource messages) {
		this.mail = mail;
		this.messages = messages;
	}

	void emailConfirmation(UserAccount account, String token) {
		send(account, "identity.mail.confirm", this.mail.link("/email-confirmations/" + token),
				UserAccountService.CONFIRMATION_VALIDITY.toHours());
	}

	void activation(UserAccount account, String token, String invitedBy) {
		send(account, (invitedBy == null) ? "identity.mail.activation" : "identity.mail.invitation",
				this.mail.link("/invitations/" + token), UserAccountService.ACTIVATION_VALIDITY.toDays(), invitedBy);
	}

	void passwordReset(UserAccount account, String token) {
		send(account, "identity.mail.reset", this.mail.link("/password/reset/" + token),
				UserAccountService.RESET_VALIDITY.toMinutes());
	}

	/** Someone tried to sign up with an address that already has an account. */
	void signupAttempt(UserAccount account) {
		send(account, "identity.mail.signupAttempt", this.mail.link("/login"), this.mail.link("/password/forgotten"));
	}

	void passwordChanged(UserAccount account) {
		send(account, "identity.mail.passwordChanged", this.mail.link("/password/forgotten"));
	}

	private void send(UserAccount account, String key, Object... args) {
		Locale locale = Locale.forLanguageTag(account.getPreferredLocale());
		String text = this.messages.getMessage("identity.mail.greeting", new Object[] { account.getFullName() }, locale)
				+ "\n\n" + this.messages.getMessage(key + ".body", args, locale) + "\n\n"
				+ this.messages.getMessage("identity.mail.footer", null, locale);
		this.mail.send(account.getEmail(), this.messages.getMessage(key + ".subject", args, locale), text);
	}

}
