-- Issue 11 point 2: the appeal (İtiraz, MADDE 13) is a programme-neutral mechanism (module tr.destek.appeal).
-- Its tables no longer reference a programme's table: an appeal names its subject as (subject_source,
-- subject_id) and keeps the neutral values it needs (the enterprise, the province unit that forwards it,
-- MADDE 13(2)). The appeal table loses its KOSGEB name; the appeal commission's decision table keeps its
-- board name (the commission is a board body) and loses its foreign key too.
alter table kosgeb_appeal drop constraint kosgeb_appeal_application_id_fkey;
alter table kosgeb_appeal drop constraint uq_kosgeb_appeal_application;
alter table kosgeb_appeal rename to appeal;
alter table appeal rename column application_id to subject_id;
alter table appeal rename constraint ck_kosgeb_appeal_status to ck_appeal_status;
alter table appeal rename constraint ck_kosgeb_appeal_forwarded to ck_appeal_forwarded;
alter index ix_kosgeb_appeal_status rename to ix_appeal_status;
alter index ix_kosgeb_appeal_forwarding_overdue rename to ix_appeal_forwarding_overdue;

alter table appeal add column subject_source varchar(20);
alter table appeal add column enterprise_id bigint;
alter table appeal add column province_code smallint;
update appeal a set subject_source = 'KOSGEB', enterprise_id = k.enterprise_id, province_code = k.province_code
    from kosgeb_application k where k.id = a.subject_id;
alter table appeal alter column subject_source set not null;
alter table appeal alter column enterprise_id set not null;
alter table appeal alter column province_code set not null;
-- once only (MADDE 13(1)): one appeal per subject
alter table appeal add constraint uq_appeal_subject unique (subject_source, subject_id);
create index ix_appeal_province on appeal (province_code, status);
create index ix_appeal_enterprise on appeal (enterprise_id);

alter table board_appeal_decision drop constraint board_appeal_decision_application_id_fkey;
alter table board_appeal_decision add column subject_source varchar(20) not null default 'KOSGEB';
alter table board_appeal_decision alter column subject_source drop default;
