-- Every application state in one constraint: the appeal states (V25, MADDE 13) and the
-- programme outcomes (V60, MADDE 17(2),(5)) were added on parallel branches.
alter table kosgeb_application drop constraint ck_kosgeb_application_status;
alter table kosgeb_application add constraint ck_kosgeb_application_status check (status in ('DRAFT',
    'SUBMITTED', 'IN_CONTROL', 'CONTROL_APPROVAL', 'CORRECTION_REQUESTED', 'READY_FOR_BOARD', 'REJECTED',
    'ON_AGENDA', 'ACCEPTED', 'BOARD_REJECTED', 'BOARD_CORRECTION_REQUESTED', 'APPEALED', 'APPEAL_FORWARDED',
    'APPEAL_ON_AGENDA', 'APPEAL_REJECTED', 'COMPLETED', 'UNSUCCESSFUL', 'TERMINATED'));
