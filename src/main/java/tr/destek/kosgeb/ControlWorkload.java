package tr.destek.kosgeb;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;
import tr.destek.platform.DestekTime;

/**
 * What a province unit's home page shows (issue 10, point 8): the files per state, the
 * open ones with their control period, overdue first (MADDE 9(1), 18(15)), and the files
 * submitted per week. A responsible staff member sees the files assigned to him, a unit
 * manager the whole unit (MADDE 9(2)), as in the queue. A fixed number of queries,
 * whatever the number of files.
 */
@Service
public class ControlWorkload {

	/** How many open files the home page lists. */
	public static final int DUE_SHOWN = 10;

	/** How many weeks the chart shows, this one included. */
	public static final int WEEKS = 8;

	private final JdbcTemplate jdbc;

	private final ControlQueue queue;

	private final Clock clock;

	ControlWorkload(JdbcTemplate jdbc, ControlQueue queue, Clock clock) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.clock = clock;
	}

	/** The summary of {@code viewer}'s unit (or his own files). */
	@Transactional(readOnly = true)
	public Summary summary(DestekUser viewer) {
		if (viewer.getProvinceCode() == null || !viewer.hasAnyRole(Role.PROVINCE_UNIT_ROLES)) {
			throw new IllegalArgumentException("only staff of a province unit have a workload");
		}
		boolean own = !viewer.hasRole(Role.UNIT_MANAGER);
		String where = " where province_code = ? and status <> 'DRAFT'" + (own ? " and assigned_staff_id = ?" : "");
		Object[] args = own ? new Object[] { viewer.getProvinceCode(), viewer.getId() }
				: new Object[] { viewer.getProvinceCode() };
		Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
		this.jdbc.query("select status, count(*) from kosgeb_application" + where + " group by status", rs -> {
			counts.put(ApplicationStatus.valueOf(rs.getString(1)), rs.getLong(2));
		}, args);
		long open = ControlQueue.OPEN.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
		List<ControlQueue.Row> due = this.queue
			.page(viewer, new ControlQueue.Filter(null, false, null, ControlQueue.Sort.DUE), 0)
			.getContent();
		due = due.subList(0, Math.min(DUE_SHOWN, due.size()));

		LocalDate today = LocalDate.now(this.clock.withZone(DestekTime.ZONE));
		LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
		long[] perWeek = new long[WEEKS];
		List<Object> weekArgs = new ArrayList<>(List.of(args));
		weekArgs.add(Timestamp.from(firstMonday.atStartOfDay(DestekTime.ZONE).toInstant()));
		// weeks start on Monday in Turkey time (date_trunc('week') is ISO)
		this.jdbc.query("select date_trunc('week', submitted_at at time zone 'Europe/Istanbul')::date, count(*)"
				+ " from kosgeb_application" + where + " and submitted_at is not null and submitted_at >= ? group by 1",
				rs -> {
					LocalDate monday = rs.getDate(1).toLocalDate();
					int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, monday);
					if (week >= 0 && week < WEEKS) {
						perWeek[week] += rs.getLong(2);
					}
				}, weekArgs.toArray());
		List<WeekCount> weeks = new ArrayList<>();
		for (int i = 0; i < WEEKS; i++) {
			weeks.add(new WeekCount(firstMonday.plusWeeks(i), perWeek[i]));
		}
		return new Summary(counts, open, due, weeks);
	}

	/**
	 * @param counts files per state (states without files are absent)
	 * @param open files waiting for or under control, or in correction (MADDE 9)
	 * @param due the open files, the earliest control period end first
	 * @param perWeek files submitted per week, oldest week first
	 */
	public record Summary(Map<ApplicationStatus, Long> counts, long open, List<ControlQueue.Row> due,
			List<WeekCount> perWeek) {

		public long count(ApplicationStatus status) {
			return this.counts.getOrDefault(status, 0L);
		}

	}

	/** Files submitted in the week starting on {@code monday}. */
	public record WeekCount(LocalDate monday, long count) {
	}

}
