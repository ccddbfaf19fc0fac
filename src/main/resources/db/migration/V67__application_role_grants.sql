-- Security issue #9 (A): "append-only" must hold against the application's own login.
-- Flyway runs as the OWNER role (it owns every table, trigger and function); the running
-- application logs in as the APPLICATION role ${appRole}, which gets only what it needs:
--   * SELECT/INSERT/UPDATE/DELETE on ordinary tables, USAGE/SELECT on sequences;
--   * SELECT/INSERT only on the append-only tables: audit_entry, payment, payment_item
--     (MADDE 15: payments are immutable) and parameter_version (versions only move forward);
--   * no TRUNCATE, REFERENCES or TRIGGER anywhere, nothing on Flyway's history table;
--   * it owns nothing (so no ALTER/DROP, no DISABLE TRIGGER) and, not being a superuser,
--     cannot SET session_replication_role = replica to skip the triggers.
-- Future tables get the grants through ALTER DEFAULT PRIVILEGES for the owner role; a
-- future append-only table must revoke UPDATE/DELETE from ${appRole} in its own migration.
-- The role name comes from the placeholder appRole (spring.flyway.placeholders.appRole,
-- default destek_app), so another deployment can choose its names.

do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${appRole}') then
        raise exception 'The application role "${appRole}" does not exist. Create it (LOGIN, NOSUPERUSER) and let the '
            'application log in as it, while Flyway logs in as the owner role (SPRING_FLYWAY_USER); or name another '
            'role with spring.flyway.placeholders.appRole. See notes/dbroles.md.';
    end if;
    if '${appRole}' = current_user then
        raise exception 'Flyway runs as "%", the application role itself: migrations must run as the owner role '
            '(SPRING_FLYWAY_USER), the application as "${appRole}"', current_user;
    end if;
    if exists (select 1 from pg_roles where rolname = '${appRole}' and (rolsuper or rolbypassrls)) then
        raise exception 'The application role "${appRole}" must not be a superuser';
    end if;
end $$;

grant usage on schema public to "${appRole}";
grant select, insert, update, delete on all tables in schema public to "${appRole}";
grant usage, select on all sequences in schema public to "${appRole}";

revoke update, delete, truncate, references, trigger on audit_entry, payment, payment_item, parameter_version
    from "${appRole}";
revoke all on "${flyway:table}" from "${appRole}";
-- on PostgreSQL before 15 everyone may create in schema public; nobody but the owner should
revoke create on schema public from public;

do $$
begin
    execute format('alter default privileges for role %I in schema public '
        'grant select, insert, update, delete on tables to %I', current_user, '${appRole}');
    execute format('alter default privileges for role %I in schema public '
        'grant usage, select on sequences to %I', current_user, '${appRole}');
end $$;
