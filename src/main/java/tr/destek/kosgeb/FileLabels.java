package tr.destek.kosgeb;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.platform.FileLabel;

/**
 * What a staff list shows to tell files apart (issue 10, point 7): the enterprise's name,
 * its province, the requested amount and the state, for many applications in ONE query
 * (no query per row). The caller has already decided which files the reader may see.
 */
@Service
public class FileLabels {

	private final NamedParameterJdbcTemplate jdbc;

	FileLabels(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The labels of {@code applicationIds} by id; unknown ids are left out. */
	@Transactional(readOnly = true)
	public Map<Long, FileLabel> of(Collection<Long> applicationIds) {
		Map<Long, FileLabel> labels = new HashMap<>();
		LinkedHashSet<Long> ids = new LinkedHashSet<>(applicationIds);
		ids.remove(null);
		if (ids.isEmpty()) {
			return labels;
		}
		this.jdbc.query("""
				select a.id, a.reference, e.title, a.province_code, p.name, a.status,
				  (select coalesce(sum(i.quantity * i.unit_price), 0) from kosgeb_expense_item i
				   where i.application_id = a.id) as requested
				from kosgeb_application a join enterprise e on e.id = a.enterprise_id
				left join province p on p.code = a.province_code
				where a.id in (:ids)
				""", Map.of("ids", ids), rs -> {
			labels.put(rs.getLong(1),
					new FileLabel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getShort(4),
							(rs.getString(5) != null) ? rs.getString(5) : String.valueOf(rs.getShort(4)),
							ApplicationStatus.valueOf(rs.getString(6)).messageKey(), rs.getBigDecimal(7).setScale(2)));
		});
		return labels;
	}

}
