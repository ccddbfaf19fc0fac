package tr.destek.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tr.destek.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local embedded database made by an earlier version has every object owned by the
 * superuser; at start it is handed over to the owner role, so Flyway (as the owner) can
 * migrate and grant on it and the old local data keeps working (issue #9 A).
 */
class DatabaseRolesAdoptionTests {

	@Test
	void aDatabaseOfAnEarlierVersionIsHandedOverToTheOwnerRole() throws SQLException {
		TestDatabase database = TestDatabase.get();
		String legacy = "legacy_" + System.nanoTime();
		try (Connection postgres = database.superuserConnection("postgres");
				Statement statement = postgres.createStatement()) {
			statement.execute("create database " + legacy);
		}
		try (Connection connection = database.superuserConnection(legacy);
				Statement statement = connection.createStatement()) {
			statement.execute("create table thing (id bigint generated always as identity primary key, note text)");
			statement.execute("create table counter (id serial primary key)");
			statement.execute("create sequence loose_sequence");
			statement.execute("create view thing_notes as select note from thing");
			statement.execute(
					"create function thing_guard() returns trigger language plpgsql as $$ begin return new; end $$");
			statement.execute("create table flyway_schema_history (installed_rank int primary key)");
		}
		try (Connection postgres = database.superuserConnection("postgres")) {
			DatabaseRoles.setUp(postgres, legacy, database.ownerPassword(), database.password());
		}
		try (Connection connection = database.superuserConnection(legacy)) {
			DatabaseRoles.adoptExistingObjects(connection);
			assertThat(owners(connection,
					"select c.relname || '=' || pg_get_userbyid(c.relowner) from pg_class c "
							+ "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' "
							+ "and c.relkind in ('r', 'S', 'v') order by 1"))
				.containsExactly("counter=destek_owner", "counter_id_seq=destek_owner",
						"flyway_schema_history=destek_owner", "loose_sequence=destek_owner", "thing=destek_owner",
						"thing_id_seq=destek_owner", "thing_notes=destek_owner");
			assertThat(owners(connection,
					"select p.proname || '=' || pg_get_userbyid(p.proowner) from pg_proc p "
							+ "join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'"))
				.containsExactly("thing_guard=destek_owner");
			assertThat(owners(connection,
					"select pg_get_userbyid(datdba) from pg_database where datname = current_database()"))
				.containsExactly(DatabaseRoles.OWNER);
			// a second start finds nothing left to hand over
			DatabaseRoles.adoptExistingObjects(connection);
		}
		try (Connection postgres = database.superuserConnection("postgres");
				Statement statement = postgres.createStatement()) {
			statement.execute("drop database " + legacy);
		}
	}

	private static List<String> owners(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}

}
