package tr.destek.enterprise;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes sure the KOBİ thresholds (scope KOBI) exist in the test database, whether or not
 * the V6 migration that seeds them is present: every insert does nothing on conflict.
 */
public final class KobiThresholdsFixture {

	private static final String[][] VERSIONS = { { "micro.employees-below", "10", "2023-05-25", "persons" },
			{ "micro.money-limit", "10000000", "2023-05-25", "TL" },
			{ "small.employees-below", "50", "2023-05-25", "persons" },
			{ "small.money-limit", "100000000", "2023-05-25", "TL" },
			{ "medium.employees-below", "250", "2023-05-25", "persons" },
			{ "medium.money-limit", "500000000", "2023-05-25", "TL" },
			{ "medium.money-limit", "1000000000", "2025-08-07", "TL" } };

	private KobiThresholdsFixture() {
	}

	public static void ensure(JdbcTemplate jdbc) {
		for (String[] version : VERSIONS) {
			jdbc.update(
					"insert into parameter_definition (scope, param_key, unit, description_tr, description_en) "
							+ "values ('KOBI', ?, ?, ?, ?) on conflict do nothing",
					version[0], version[3], version[0], version[0]);
			jdbc.update(
					"insert into parameter_version (scope, param_key, value_text, valid_from, source_article, "
							+ "created_by) values ('KOBI', ?, ?, cast(? as date), 'KOBİ Yönetmeliği MADDE 5', 'test') "
							+ "on conflict (scope, param_key, valid_from) do nothing",
					version[0], version[1], version[2]);
		}
	}

}
