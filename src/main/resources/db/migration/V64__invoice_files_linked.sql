-- Issue #9 (lost evidence, MADDE 15(2),(3)): invoice scans were stored before their invoice had
-- an id, under owner_id 'null'. This repairs what can be decided unambiguously and leaves the
-- rest for staff: an invoice without a scan is shown as "fatura dosyası eksik" on the request
-- pages and blocks the Ödeme Oluru until the applicant adds it again.
--
-- A scan and its invoice were inserted by the same transaction (PaymentService.addInvoice), so
-- they share the xmin of their rows and the enterprise. A pair is linked only when that match
-- is one-to-one: a restored dump (all rows in one transaction) or a transaction that added two
-- invoices matches more than once and is left alone. Each link is written to the audit trail.
create function payment_link_orphan_invoice_files() returns integer language plpgsql as $$
declare
    linked integer;
begin
    create temporary table invoice_file_link on commit drop as
    with orphan as (
        select d.id as document_id, d.enterprise_id, d.xmin::text as tx
          from document d
         where d.owner_type = 'PaymentInvoice' and d.owner_id = 'null'
    ), fileless as (
        select i.id as invoice_id, r.enterprise_id, i.xmin::text as tx
          from payment_invoice i
          join payment_request r on r.id = i.request_id
         where not exists (select 1 from document d
                            where d.owner_type = 'PaymentInvoice' and d.owner_id = i.id::text)
    ), pairs as (
        select o.document_id, f.invoice_id
          from orphan o
          join fileless f on f.enterprise_id = o.enterprise_id and f.tx = o.tx
    )
    select p.document_id, p.invoice_id
      from pairs p
     where (select count(*) from pairs q where q.document_id = p.document_id) = 1
       and (select count(*) from pairs q where q.invoice_id = p.invoice_id) = 1;

    update document d
       set owner_id = l.invoice_id::text
      from invoice_file_link l
     where d.id = l.document_id;
    get diagnostics linked = row_count;

    insert into audit_entry (actor, action, entity_type, entity_id, summary, before_state, after_state)
    select 'system', 'DOCUMENT_RELINKED', 'Document', l.document_id::text,
           'Invoice scan linked to its invoice ' || l.invoice_id || ' (issue #9, V64)',
           'owner=PaymentInvoice#null', 'owner=PaymentInvoice#' || l.invoice_id
      from invoice_file_link l;

    drop table invoice_file_link;
    return linked;
end
$$;

select payment_link_orphan_invoice_files();
