-- The unit managers are told once when an appeal was not forwarded within 15 days (MADDE 13(2)); only a
-- signal, the unit may still forward it (MADDE 18(15)).
alter table kosgeb_appeal add column forwarding_escalated_at timestamptz;
create index ix_kosgeb_appeal_forwarding_overdue on kosgeb_appeal (forwarding_due_at)
    where status = 'SUBMITTED' and forwarding_escalated_at is null;
