package tr.destek.kosgeb;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import tr.destek.identity.Role;
import tr.destek.identity.UserAccount;
import tr.destek.identity.UserAccountService;

/**
 * Picks the responsible staff member of a province unit who gets a new file (MADDE 9(1)),
 * round-robin by workload: the enabled responsible staff member with the fewest open
 * files (in control, awaiting the manager's approval or open for correction); on a tie
 * the one whose last assignment is the longest ago (never assigned first); then the
 * lowest user id. Assignments of one province are serialised by a transaction-scoped
 * advisory lock, so two files submitted at once see each other's assignment.
 */
@Component
class StaffAssignment {

	/** First key of the advisory lock; the second is the province code. */
	private static final int LOCK_KEY = 34_009;

	private final UserAccountService users;

	private final NamedParameterJdbcTemplate jdbc;

	StaffAssignment(UserAccountService users, NamedParameterJdbcTemplate jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	/** Must run inside the transaction that then assigns the file. */
	Optional<UserAccount> next(Short provinceCode) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(:key, :province)::text",
				new MapSqlParameterSource().addValue("key", LOCK_KEY).addValue("province", (int) provinceCode),
				String.class);
		List<UserAccount> candidates = this.users.staffOfProvince(Role.RESPONSIBLE_STAFF, provinceCode);
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, Load> loads = new HashMap<>();
		this.jdbc.query(
				"""
						select a.assigned_staff_id,
						       count(*) filter (where a.status in ('IN_CONTROL', 'CONTROL_APPROVAL', 'CORRECTION_REQUESTED')) as open_files,
						       max(a.assigned_at) as last_assigned
						from kosgeb_application a
						where a.assigned_staff_id in (:staff)
						group by a.assigned_staff_id
						""",
				new MapSqlParameterSource("staff", candidates.stream().map(UserAccount::getId).toList()), rs -> {
					Timestamp last = rs.getTimestamp("last_assigned");
					loads.put(rs.getLong(1),
							new Load(rs.getLong("open_files"), (last != null) ? last.toInstant() : null));
				});
		Comparator<UserAccount> order = Comparator
			.comparingLong((UserAccount u) -> loads.getOrDefault(u.getId(), Load.NONE).openFiles())
			.thenComparing(u -> loads.getOrDefault(u.getId(), Load.NONE).lastAssigned(),
					Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(UserAccount::getId);
		return candidates.stream().min(order);
	}

	private record Load(long openFiles, Instant lastAssigned) {

		static final Load NONE = new Load(0, null);

	}

}
