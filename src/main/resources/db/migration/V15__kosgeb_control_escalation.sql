-- The unit manager is told once when a file's 7-day control period (MADDE 9(1)) is overdue; a new
-- period (after a resubmission) can be escalated again. Only a signal: MADDE 18(15).
create table kosgeb_control_escalation (
    application_id  bigint       not null references kosgeb_application (id) on delete cascade,
    due_at          timestamptz  not null,
    escalated_at    timestamptz  not null,
    primary key (application_id, due_at)
);
