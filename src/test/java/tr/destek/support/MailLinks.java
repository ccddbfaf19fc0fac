package tr.destek.support;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads the one-time links out of the e-mails GreenMail received ({@link TestMail}): the
 * way a user follows a link from his mailbox.
 */
public final class MailLinks {

	private MailLinks() {
	}

	/** The text of every mail received by {@code address}, oldest first. */
	public static List<String> texts(String address) {
		return TestMail.get().receivedBy(address).stream().map(MailLinks::text).toList();
	}

	/**
	 * The path (from {@code prefix} on, e.g. {@code /invitations/}) of the latest link
	 * with that prefix mailed to {@code address}; waits up to 5 seconds for the mail.
	 */
	public static String latestPath(String address, String prefix) {
		Pattern link = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_-]+");
		long deadline = System.currentTimeMillis() + 5000;
		while (true) {
			List<String> texts = texts(address);
			for (int i = texts.size() - 1; i >= 0; i--) {
				Matcher matcher = link.matcher(texts.get(i));
				String found = null;
				while (matcher.find()) {
					found = matcher.group();
				}
				if (found != null) {
					return found;
				}
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("no mail to " + address + " with a link " + prefix + "…; received: " + texts);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/** Waits up to 5 seconds until {@code address} has received {@code count} mails. */
	public static List<String> awaitTexts(String address, int count) {
		long deadline = System.currentTimeMillis() + 5000;
		while (true) {
			List<String> texts = texts(address);
			if (texts.size() >= count || System.currentTimeMillis() > deadline) {
				return texts;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private static String text(MimeMessage message) {
		try {
			return message.getSubject() + "\n" + message.getContent();
		}
		catch (MessagingException | IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
