package tr.destek.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import tr.destek.support.IntegrationTest;
import tr.destek.support.OwnerJdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Security issue #9 (A): the application's own database login cannot break the
 * append-only tables (audit_entry; payment and payment_item, MADDE 15) — not by
 * UPDATE/DELETE/TRUNCATE, not by disabling or dropping their triggers, not by
 * {@code session_replication_role = replica}. Flyway migrates as the owner role (V67).
 */
@IntegrationTest
class DatabaseRolesTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerJdbc owner;

	@Test
	void theApplicationLogsInAsTheApplicationRoleAndFlywayAsTheOwner() {
		assertThat(this.jdbc.queryForObject("select current_user", String.class)).isEqualTo(DatabaseRoles.APP);
		assertThat(this.owner.jdbc()
			.queryForObject("select installed_by from flyway_schema_history where version = '67'", String.class))
			.isEqualTo(DatabaseRoles.OWNER);
	}

	@Test
	void theApplicationRoleIsNoSuperuserAndOwnsNothing() {
		assertThat(this.jdbc.queryForObject(
				"select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user",
				Boolean.class))
			.isFalse();
		assertThat(this.jdbc
			.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
					+ "where n.nspname = 'public' and c.relowner = (select oid from pg_roles where rolname = current_user)",
					Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select has_table_privilege('audit_entry', 'TRIGGER')", Boolean.class))
			.isFalse();
		assertThat(
				this.jdbc.queryForObject("select has_table_privilege('kosgeb_application', 'TRIGGER')", Boolean.class))
			.isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "audit_entry:summary", "payment:approved_on", "payment_item:description",
			"parameter_version:note" })
	void theApplicationRoleCannotUpdateDeleteOrTruncateAnAppendOnlyTable(String tableAndColumn) {
		String table = tableAndColumn.split(":")[0];
		String column = tableAndColumn.split(":")[1];
		assertPermissionDenied("update " + table + " set " + column + " = " + column);
		assertPermissionDenied("delete from " + table);
		assertPermissionDenied("truncate " + table);
	}

	@ParameterizedTest
	@ValueSource(strings = { "audit_entry:audit_entry_no_update_or_delete", "payment:payment_no_update_or_delete",
			"payment_item:payment_item_no_update_or_delete" })
	void theApplicationRoleCannotDisableOrDropTheTriggersNorDropTheTable(String tableAndTrigger) {
		String table = tableAndTrigger.split(":")[0];
		String trigger = tableAndTrigger.split(":")[1];
		assertMustBeOwner("alter table " + table + " disable trigger " + trigger);
		assertMustBeOwner("alter table " + table + " disable trigger all");
		assertMustBeOwner("drop trigger " + trigger + " on " + table);
		assertMustBeOwner("drop table " + table);
		assertThat(this.owner.jdbc()
			.queryForObject("select tgenabled from pg_trigger where tgname = ?", String.class, trigger)).isEqualTo("O");
	}

	@Test
	void theApplicationRoleCannotSkipTriggersWithSessionReplicationRole() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("set session_replication_role = replica"))
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage())
				.contains("permission denied to set parameter \"session_replication_role\""));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("set local session_replication_role = replica"))
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).contains("permission denied"));
	}

	@Test
	void theApplicationRoleCannotReadOrWriteFlywaysHistoryNorCreateTables() {
		assertPermissionDenied("select count(*) from flyway_schema_history");
		assertPermissionDenied("delete from flyway_schema_history");
		assertPermissionDenied("create table mallory (id int)");
	}

	@Test
	void aTableTheOwnerCreatesLaterGetsTheApplicationGrantsByDefault() {
		this.owner.jdbc().execute("create table role_probe (id bigint generated always as identity, note text)");
		try {
			this.jdbc.update("insert into role_probe (note) values ('a')");
			this.jdbc.update("update role_probe set note = 'b'");
			assertThat(this.jdbc.queryForObject("select note from role_probe", String.class)).isEqualTo("b");
			this.jdbc.update("delete from role_probe");
			assertPermissionDenied("truncate role_probe");
		}
		finally {
			this.owner.jdbc().execute("drop table role_probe");
		}
	}

	@Test
	void theApplicationRoleStillInsertsAndReadsTheAppendOnlyTables() {
		this.jdbc.update("insert into audit_entry (actor, action, entity_type, entity_id, summary) "
				+ "values ('system', 'ROLE_PROBE', 'Probe', '1', 'the app role may append')");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where action = 'ROLE_PROBE'", Long.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject("select has_table_privilege('payment', 'INSERT')", Boolean.class)).isTrue();
		assertThat(this.jdbc.queryForObject("select has_table_privilege('payment_item', 'INSERT')", Boolean.class))
			.isTrue();
	}

	private void assertPermissionDenied(String sql) {
		assertThatExceptionOfType(DataAccessException.class).as(sql)
			.isThrownBy(() -> this.jdbc.execute(sql))
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).as(sql).contains("permission denied"));
	}

	private void assertMustBeOwner(String sql) {
		assertThatExceptionOfType(DataAccessException.class).as(sql)
			.isThrownBy(() -> this.jdbc.execute(sql))
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).as(sql).contains("must be owner"));
	}

}
