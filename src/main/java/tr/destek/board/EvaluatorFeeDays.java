package tr.destek.board;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting days of the independent evaluators, for their fee (MADDE 19(2): "her 1
 * (bir) günlük kurul toplantısı için 1 (bir) günlük hizmet bedeli"). Per month and
 * evaluator: the distinct days of held KOSGEB board meetings (agenda sent, start time
 * passed) he sat in, with the meetings listed. He sat in a meeting when he e-signed its
 * confidentiality commitment (FRM.34.00.04, required before any file) and the meeting's
 * participation record, fixed when its agenda was sent, gives him an independent
 * evaluator's seat: for the whole meeting, or as an evaluator's substitute for an item.
 * Two meetings on one day are one day's fee. One query for the whole report.
 */
@Service
public class EvaluatorFeeDays {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EvaluatorFeeDays(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Evaluator> report(YearMonth month) {
		Map<Long, Builder> byUser = new LinkedHashMap<>();
		this.jdbc.query(
				"""
						select s.user_id, u.full_name, u.email, m.id as meeting_id, m.meeting_date, m.starts_at, b.name as board_name
						from board_meeting m
						join board b on b.id = m.board_id and b.kind = 'BOARD'
						join board_commitment_signature s on s.meeting_id = m.id
						join user_account u on u.id = s.user_id
						where m.status = 'AGENDA_SENT' and m.starts_at <= ? and m.meeting_date between ? and ?
						  and exists (select 1 from board_participation p
						              where p.meeting_id = m.id and p.user_id = s.user_id
						                and p.seat_role = 'INDEPENDENT_EVALUATOR')
						order by u.full_name, s.user_id, m.starts_at, m.id
						""",
				rs -> {
					Long userId = rs.getLong("user_id");
					Builder builder = byUser.get(userId);
					if (builder == null) {
						builder = new Builder(userId, rs.getString("full_name"), rs.getString("email"));
						byUser.put(userId, builder);
					}
					builder.meetings.add(new MeetingDay(rs.getLong("meeting_id"), rs.getString("board_name"),
							rs.getObject("meeting_date", LocalDate.class), rs.getTimestamp("starts_at").toInstant()));
				}, Timestamp.from(Instant.now(this.clock)), month.atDay(1), month.atEndOfMonth());
		List<Evaluator> report = new ArrayList<>();
		for (Builder b : byUser.values()) {
			TreeSet<LocalDate> days = new TreeSet<>();
			b.meetings.forEach(m -> days.add(m.date()));
			report.add(new Evaluator(b.userId, b.name, b.email, List.copyOf(days), List.copyOf(b.meetings)));
		}
		return report;
	}

	/**
	 * One evaluator's month: the distinct meeting days (one fee each) and the meetings.
	 */
	public record Evaluator(Long userId, String name, String email, List<LocalDate> days, List<MeetingDay> meetings) {

		public int dayCount() {
			return this.days.size();
		}

	}

	/** A held meeting the evaluator sat in. */
	public record MeetingDay(Long meetingId, String boardName, LocalDate date, Instant startsAt) {
	}

	private static final class Builder {

		final Long userId;

		final String name;

		final String email;

		final List<MeetingDay> meetings = new ArrayList<>();

		Builder(Long userId, String name, String email) {
			this.userId = userId;
			this.name = name;
			this.email = email;
		}

	}

}
