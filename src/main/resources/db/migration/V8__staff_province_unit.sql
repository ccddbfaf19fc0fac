-- Agency staff belong to a province unit (il müdürlüğü / uygulama birimi): applications are assigned to
-- the responsible staff of the enterprise's province and only that unit acts on them (issue 3, MADDE 9).
alter table user_account add column province_code smallint references province (code);
create index ix_user_account_province on user_account (province_code);
