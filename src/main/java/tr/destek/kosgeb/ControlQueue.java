package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.calendar.SlaStatus;
import tr.destek.identity.DestekUser;
import tr.destek.identity.Role;

/**
 * The staff work queue (issue 3 item 7): the applications of a province unit, one page of
 * 50 read with ONE query joining the enterprise, the assigned staff member and the sum of
 * the expense items (plus one count query) — no query per row. A responsible staff member
 * sees the files assigned to them; a unit manager sees the whole unit (MADDE 9).
 * <p>
 * Enterprise titles sort with the database's Turkish collation when the server has one
 * ({@code tr-TR-x-icu}, {@code tr_TR.utf8} or {@code tr_TR}), else with its default
 * collation; ties sort by reference.
 */
@Service
public class ControlQueue {

	public static final int PAGE_SIZE = 50;

	/** States a file is "open" in for the staff: not yet decided by the unit. */
	static final List<ApplicationStatus> OPEN = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_CONTROL,
			ApplicationStatus.CONTROL_APPROVAL, ApplicationStatus.CORRECTION_REQUESTED);

	/**
	 * Every state the queue can filter on: control (MADDE 9) and the board's stages
	 * (MADDE 10(3),(5), 12).
	 */
	public static final List<ApplicationStatus> FILTERABLE = List.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.IN_CONTROL, ApplicationStatus.CONTROL_APPROVAL, ApplicationStatus.CORRECTION_REQUESTED,
			ApplicationStatus.READY_FOR_BOARD, ApplicationStatus.REJECTED, ApplicationStatus.ON_AGENDA,
			ApplicationStatus.ACCEPTED, ApplicationStatus.BOARD_REJECTED, ApplicationStatus.BOARD_CORRECTION_REQUESTED);

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final ControlSla sla;

	private volatile String titleCollation;

	ControlQueue(EntityManager entityManager, JdbcTemplate jdbc, ControlSla sla) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.sla = sla;
	}

	/**
	 * One page of the queue of {@code viewer}.
	 * @throws IllegalArgumentException when the viewer is not staff of a province unit
	 */
	@Transactional(readOnly = true)
	public Page<Row> page(DestekUser viewer, Filter filter, int page) {
		if (viewer.getProvinceCode() == null || !viewer.hasAnyRole(Role.PROVINCE_UNIT_ROLES)) {
			throw new IllegalArgumentException("only staff of a province unit have a control queue");
		}
		ControlSla.Window window = this.sla.window();
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where a.province_code = :province");
		parameters.put("province", viewer.getProvinceCode());
		if (!viewer.hasRole(Role.UNIT_MANAGER)) {
			where.append(" and a.assigned_staff_id = :staff");
			parameters.put("staff", viewer.getId());
		}
		List<String> statuses = (filter.status() != null) ? List.of(filter.status().name())
				: filter.all() ? FILTERABLE.stream().map(Enum::name).toList() : OPEN.stream().map(Enum::name).toList();
		where.append(" and a.status in (:statuses)");
		parameters.put("statuses", statuses);
		if (filter.sla() != null) {
			// the control period runs only while the file waits for or is under control
			// (MADDE 9(1))
			where.append(" and a.status in ('SUBMITTED', 'IN_CONTROL') and a.control_due_at is not null");
			switch (filter.sla()) {
				case OVERDUE -> where.append(" and a.control_due_at < :now");
				case DUE_SOON -> where.append(" and a.control_due_at >= :now and a.control_due_at < :soon");
				case ON_TIME -> where.append(" and a.control_due_at >= :soon");
			}
			if (filter.sla() != SlaStatus.ON_TIME) {
				parameters.put("now", window.now());
			}
			if (filter.sla() != SlaStatus.OVERDUE) {
				parameters.put("soon", window.dueSoonBefore());
			}
		}
		String from = " from kosgeb_application a join enterprise e on e.id = a.enterprise_id"
				+ " left join user_account u on u.id = a.assigned_staff_id";
		Query count = this.entityManager.createNativeQuery("select count(*)" + from + where);
		parameters.forEach(count::setParameter);
		long total = ((Number) count.getSingleResult()).longValue();

		String select = "select a.id, a.reference, e.title, a.status, a.assigned_staff_id, u.full_name,"
				+ " a.submitted_at, a.control_due_at, a.correction_deadline, a.province_code, a.enterprise_id,"
				+ " (select coalesce(sum(i.quantity * i.unit_price), 0) from kosgeb_expense_item i"
				+ " where i.application_id = a.id) as requested";
		Query query = this.entityManager.createNativeQuery(select + from + where + orderBy(filter.sort()));
		parameters.forEach(query::setParameter);
		query.setFirstResult(page * PAGE_SIZE);
		query.setMaxResults(PAGE_SIZE);
		List<Row> rows = new ArrayList<>();
		for (Object result : query.getResultList()) {
			Object[] c = (Object[]) result;
			ApplicationStatus status = ApplicationStatus.valueOf((String) c[3]);
			Instant due = instant(c[7]);
			rows.add(new Row(((Number) c[0]).longValue(), (String) c[1], (String) c[2], status,
					(c[4] != null) ? ((Number) c[4]).longValue() : null, (String) c[5], instant(c[6]), due,
					instant(c[8]), ((Number) c[9]).shortValue(), ((Number) c[10]).longValue(),
					((BigDecimal) c[11]).setScale(2), window.status(status, due)));
		}
		return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
	}

	private String orderBy(Sort sort) {
		return switch (sort) {
			case SUBMITTED -> " order by a.submitted_at asc nulls last, a.reference";
			case SUBMITTED_DESC -> " order by a.submitted_at desc nulls last, a.reference";
			case DUE -> " order by a.control_due_at asc nulls last, a.reference";
			case TITLE -> " order by e.title" + titleCollation() + ", a.reference";
		};
	}

	/** A Turkish collation clause if the server has one (names from a fixed list). */
	private String titleCollation() {
		String collation = this.titleCollation;
		if (collation == null) {
			List<String> found = this.jdbc
				.queryForList(
						"select collname from pg_collation where collname in ('tr-TR-x-icu', 'tr_TR.utf8', 'tr_TR')"
								+ " and collencoding in (-1, pg_char_to_encoding('UTF8')) order by collname",
						String.class);
			collation = found.contains("tr-TR-x-icu") ? " collate \"tr-TR-x-icu\"" : found.contains("tr_TR.utf8")
					? " collate \"tr_TR.utf8\"" : found.contains("tr_TR") ? " collate \"tr_TR\"" : "";
			this.titleCollation = collation;
		}
		return collation;
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		throw new IllegalStateException("unexpected time value " + value.getClass());
	}

	/**
	 * What the queue shows.
	 *
	 * @param status one state, or {@code null} for the open ones (or all with
	 * {@code all})
	 * @param all with {@code status == null}: every state after the draft
	 * @param sla only files whose control period is in this state
	 * @param sort the order
	 */
	public record Filter(ApplicationStatus status, boolean all, SlaStatus sla, Sort sort) {

		public Filter {
			sort = (sort != null) ? sort : Sort.SUBMITTED;
		}

	}

	/** The orders the queue offers. */
	public enum Sort {

		SUBMITTED, SUBMITTED_DESC, DUE, TITLE;

		public String messageKey() {
			return "kosgeb-control.queue.sort." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** One line of the queue. */
	public record Row(Long id, String reference, String enterpriseTitle, ApplicationStatus status, Long assignedStaffId,
			String assignedStaffName, Instant submittedAt, Instant controlDueAt, Instant correctionDeadline,
			Short provinceCode, Long enterpriseId, BigDecimal requestedAmount, SlaStatus sla) {
	}

}
