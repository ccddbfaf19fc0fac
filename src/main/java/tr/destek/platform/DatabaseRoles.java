package tr.destek.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Sets up the two database roles Destek runs with, on a server where we hold a superuser
 * connection (the embedded PostgreSQL of a local run and of the tests): the <b>owner</b>,
 * which Flyway logs in as and which owns every table, and the <b>application</b> role the
 * running app logs in as, which gets only the grants of migration {@code V67} (no
 * UPDATE/DELETE/TRUNCATE on the append-only tables, never an owner, never a superuser).
 * Neither may create roles or databases. The database itself is created owned by the
 * owner role; a database left by an earlier version (everything owned by the superuser)
 * is handed over to the owner role.
 */
public final class DatabaseRoles {

	public static final String OWNER = "destek_owner";

	public static final String APP = "destek_app";

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private DatabaseRoles() {
	}

	/**
	 * Creates (or resets) both login roles and the database.
	 * @param superuser a superuser connection to any database of the server other than
	 * {@code database}
	 * @param database the database the app uses
	 * @param ownerPassword the owner role's password
	 * @param appPassword the application role's password
	 */
	public static void setUp(Connection superuser, String database, String ownerPassword, String appPassword)
			throws SQLException {
		requireName(database);
		try (Statement statement = superuser.createStatement()) {
			ensureRole(superuser, OWNER, ownerPassword);
			ensureRole(superuser, APP, appPassword);
			if (!exists(superuser, "select 1 from pg_database where datname = ?", database)) {
				statement
					.execute("create database " + database + " owner " + OWNER + " encoding 'UTF8' template template0");
			}
			else {
				statement.execute("alter database " + database + " owner to " + OWNER);
			}
		}
	}

	/**
	 * Hands a database created by an earlier version (tables, sequences and functions
	 * owned by the superuser) over to the owner role, so Flyway, logging in as the owner,
	 * can migrate and grant on it. Does nothing on a database already owned that way.
	 * @param superuserInDatabase a superuser connection to that database
	 */
	public static void adoptExistingObjects(Connection superuserInDatabase) throws SQLException {
		try (Statement statement = superuserInDatabase.createStatement()) {
			statement.execute("""
					do $$
					declare
					    r record;
					begin
					    for r in
					        select c.relname, c.relkind from pg_class c
					        join pg_namespace n on n.oid = c.relnamespace
					        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
					          and c.relowner = (select oid from pg_roles where rolname = current_user)
					          and not exists (select 1 from pg_depend d where d.objid = c.oid
					                          and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i'))
					    loop
					        execute format('alter %s public.%I owner to %I',
					            case r.relkind when 'S' then 'sequence' when 'v' then 'view'
					                when 'm' then 'materialized view' else 'table' end, r.relname, '@OWNER@');
					    end loop;
					    for r in
					        select p.oid::regprocedure::text as signature from pg_proc p
					        join pg_namespace n on n.oid = p.pronamespace
					        where n.nspname = 'public'
					          and p.proowner = (select oid from pg_roles where rolname = current_user)
					    loop
					        execute format('alter routine %s owner to %I', r.signature, '@OWNER@');
					    end loop;
					end $$""".replace("@OWNER@", OWNER));
		}
	}

	private static void ensureRole(Connection superuser, String role, String password) throws SQLException {
		String verb = exists(superuser, "select 1 from pg_roles where rolname = ?", role) ? "alter" : "create";
		try (Statement statement = superuser.createStatement()) {
			statement.execute(verb + " role " + role + " login nosuperuser nocreatedb nocreaterole noreplication "
					+ "nobypassrls password '" + password.replace("'", "''") + "'");
		}
	}

	private static boolean exists(Connection connection, String sql, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, name);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next();
			}
		}
	}

	private static void requireName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not a plain database name: " + name);
		}
	}

}
