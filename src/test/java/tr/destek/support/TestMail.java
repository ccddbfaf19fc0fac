package tr.destek.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The one SMTP server of a test JVM (GreenMail), started on first use on a free port;
 * {@link TestMailConfiguration} points the shared test context's mail sender at it.
 * {@link #whileDown(Runnable)} stops it for a moment to prove that a dead SMTP server
 * never fails a business transaction.
 */
public final class TestMail {

	private static TestMail instance;

	private final int port;

	private GreenMail server;

	private TestMail(int port) {
		this.port = port;
		this.server = start(port);
	}

	public static synchronized TestMail get() {
		if (instance == null) {
			instance = new TestMail(freePort());
		}
		return instance;
	}

	public int port() {
		return this.port;
	}

	/** The messages received so far for one address (tests use unique addresses). */
	public synchronized List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(this.server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
	}

	/** Runs {@code action} while the SMTP server is down, then starts it again. */
	public synchronized void whileDown(Runnable action) {
		this.server.stop();
		try {
			action.run();
		}
		finally {
			this.server = start(this.port);
		}
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null
					&& Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static GreenMail start(int port) {
		GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop-" + port));
		return greenMail;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
