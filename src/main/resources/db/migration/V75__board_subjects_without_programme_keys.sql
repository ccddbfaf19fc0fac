-- Issue 11 point 1: the decision bodies know nothing of programmes. A board table no longer
-- references a programme's table: an agenda item and a board decision name their subject by
-- the programme it comes from (subject_source, e.g. KOSGEB) and its id there (the column keeps
-- its name application_id, since every subject of today's programmes is an application).
-- Every existing row is a KOSGEB application. The appeal commission's table
-- (board_appeal_decision, V26) is left to the appeal module's migration.

do $$
declare
    r record;
begin
    for r in
        select con.conname, rel.relname
        from pg_constraint con
        join pg_class rel on rel.oid = con.conrelid
        join pg_class ref on ref.oid = con.confrelid
        join pg_namespace n on n.oid = rel.relnamespace
        where con.contype = 'f'
          and n.nspname = current_schema()
          and rel.relname in ('board_agenda_item', 'board_decision', 'board_decision_item', 'board_vote',
                              'board_vote_amount')
          and ref.relname like 'kosgeb\_%'
    loop
        execute format('alter table %I drop constraint %I', r.relname, r.conname);
    end loop;
end $$;

alter table board_agenda_item add column subject_source varchar(30);
update board_agenda_item set subject_source = 'KOSGEB' where application_id is not null;
alter table board_agenda_item add constraint ck_board_agenda_item_subject_source
    check ((application_id is null) = (subject_source is null));
drop index ux_board_agenda_item_application;
create unique index ux_board_agenda_item_subject on board_agenda_item (meeting_id, subject_source, application_id)
    where application_id is not null;
drop index ix_board_agenda_item_application;
create index ix_board_agenda_item_subject on board_agenda_item (subject_source, application_id);
comment on column board_agenda_item.subject_source is 'The programme the subject comes from (e.g. KOSGEB)';
comment on column board_agenda_item.application_id is 'The subject''s id in its programme (no foreign key)';

alter table board_decision add column subject_source varchar(30);
update board_decision set subject_source = 'KOSGEB';
alter table board_decision alter column subject_source set not null;
drop index ux_board_decision_programme_start;
create unique index ux_board_decision_programme_start on board_decision (subject_source, application_id)
    where starts_programme;
drop index ix_board_decision_application;
create index ix_board_decision_subject on board_decision (subject_source, application_id);
comment on column board_decision.subject_source is 'The programme the decided subject comes from (e.g. KOSGEB)';
comment on column board_decision.application_id is 'The subject''s id in its programme (no foreign key)';
