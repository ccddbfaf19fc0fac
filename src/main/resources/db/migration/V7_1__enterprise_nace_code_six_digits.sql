-- The Turkish NACE code has six digits (NN.NN.NN, 8 characters with the dots); V4 allowed 7.
-- The main NACE code's division must be a known NACE Rev.2 division.
alter table enterprise alter column nace_code type varchar(8);
alter table enterprise
    add constraint ck_enterprise_nace_code_format check (nace_code ~ '^[0-9]{2}(\.[0-9]{1,2}(\.[0-9]{2})?)?$');
alter table enterprise_person
    add constraint ck_enterprise_person_relation check (relation in ('OWNER', 'PARTNER', 'EMPLOYEE', 'RELATIVE'));
