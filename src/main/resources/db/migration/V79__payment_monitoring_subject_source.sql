-- Issue 11: payments and monitoring serve any programme's files through ports the programme implements
-- (tr.destek.payment.PayableFiles / SupportGrants, tr.destek.monitoring.MonitoredFiles). Their tables
-- no longer reference a programme's tables: the foreign keys to kosgeb_application (and to KOSGEB's
-- loan table) are dropped, and every row says which programme its file id belongs to (subject_source),
-- 'KOSGEB' for every row written so far. Adding a column with a default rewrites no row, so the
-- immutability triggers of payment / payment_item (V50) do not fire.
do $$
declare
    fk record;
begin
    for fk in
        select c.conname, t.relname
        from pg_constraint c
        join pg_class t on t.oid = c.conrelid
        where c.contype = 'f'
          and c.confrelid in ('kosgeb_application'::regclass, 'loan'::regclass)
          and t.relname in ('payment_inspection', 'payment_request', 'payment', 'monitoring_case')
    loop
        execute format('alter table %I drop constraint %I', fk.relname, fk.conname);
    end loop;
end $$;

alter table payment_inspection add column subject_source varchar(20) not null default 'KOSGEB';
alter table payment_request    add column subject_source varchar(20) not null default 'KOSGEB';
alter table payment            add column subject_source varchar(20) not null default 'KOSGEB';
alter table monitoring_case    add column subject_source varchar(20) not null default 'KOSGEB';

