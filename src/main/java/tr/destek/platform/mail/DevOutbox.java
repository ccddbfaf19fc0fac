package tr.destek.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The development outbox: on a run without SMTP that enables it
 * ({@code destek.mail.dev-outbox=true}, set by the {@code demo} profile), outgoing
 * e-mails are kept in {@code dev_outbox_mail} and listed on {@code /dev/outbox}, so
 * sign-up, invitations and password reset work on the first README command. Absent
 * otherwise (see {@link DevOutboxCondition}): never in production, never next to SMTP.
 */
@Component
@Conditional(DevOutboxCondition.class)
public class DevOutbox {

	/** How many of the latest mails the page shows. */
	static final int SHOWN = 100;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DevOutbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Keeps one mail (instead of sending it). */
	public void store(String to, String subject, String text) {
		String shortSubject = (subject.length() > 500) ? subject.substring(0, 500) : subject;
		this.jdbc.update("insert into dev_outbox_mail (recipient, subject, body, created_at) values (?, ?, ?, ?)", to,
				shortSubject, text, Timestamp.from(Instant.now(this.clock)));
	}

	/** The latest mails, newest first. */
	public List<Mail> latest() {
		return this.jdbc.query(
				"select id, recipient, subject, body, created_at from dev_outbox_mail order by id desc limit " + SHOWN,
				(rs, row) -> new Mail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
						rs.getString("body"), rs.getTimestamp("created_at").toInstant()));
	}

	/** One mail of the outbox. */
	public record Mail(long id, String recipient, String subject, String body, Instant createdAt) {

		/** The links in the body, to open them from the page. */
		public List<String> links() {
			return java.util.regex.Pattern.compile("https?://\\S+")
				.matcher(this.body)
				.results()
				.map(m -> m.group())
				.toList();
		}

	}

}
