-- Security issue #9 (B), KVKK (6698 s. Kanun MADDE 4(2)(ç), 12(1)): the append-only audit
-- trail names people and enterprises by masked identifiers only (first 3 and last 2 digits,
-- e.g. 100******46), as tr.destek.platform.Identifiers.mask writes them from now on. The
-- rows written before kept TCKNs/VKNs in clear; this migration, run by the owner role,
-- masks them once. A 10-digit run is masked when it passes the VKN check digit, an
-- 11-digit run when it passes the TCKN check digits (so amounts and ids mostly stay).

create function audit_is_tax_number(digits text) returns boolean
    language plpgsql immutable strict as $$
declare
    d int[];
    t int;
    v int;
    total int := 0;
    odd int;
    even int;
    tenth int;
begin
    if digits !~ '^[0-9]{10,11}$' then
        return false;
    end if;
    select array_agg(c::int order by i) into d
        from unnest(string_to_array(digits, null)) with ordinality as x(c, i);
    if length(digits) = 10 then
        -- VKN (Gelir İdaresi): t = (d(i) + 10 - i) mod 10, v = t * 2^(10 - i) mod 9 (9 when t <> 0 and v = 0)
        for i in 1..9 loop
            t := (d[i] + 10 - i) % 10;
            v := (t * (2 ^ (10 - i))::int) % 9;
            if t <> 0 and v = 0 then
                v := 9;
            end if;
            total := total + v;
        end loop;
        return (10 - total % 10) % 10 = d[10];
    end if;
    -- TCKN: first digit not 0; 10th = ((d1+d3+d5+d7+d9)*7 - (d2+d4+d6+d8)) mod 10; 11th = sum(d1..d10) mod 10
    if d[1] = 0 then
        return false;
    end if;
    odd := d[1] + d[3] + d[5] + d[7] + d[9];
    even := d[2] + d[4] + d[6] + d[8];
    tenth := ((odd * 7 - even) % 10 + 10) % 10;
    return tenth = d[10] and (odd + even + tenth) % 10 = d[11];
end $$;

-- the same mask as Identifiers.mask: first 3 and last 2 characters shown
create function audit_mask_identifier(digits text) returns text
    language sql immutable strict as $$
    select left(digits, 3) || repeat('*', length(digits) - 5) || right(digits, 2)
$$;

create function audit_redact_identifiers(input text) returns text
    language plpgsql immutable as $$
declare
    candidate text;
    result text := input;
begin
    if input is null then
        return null;
    end if;
    for candidate in
        select distinct (regexp_matches(input, '(?<![0-9])([0-9]{10,11})(?![0-9])', 'g'))[1]
    loop
        if audit_is_tax_number(candidate) then
            result := regexp_replace(result, '(?<![0-9])' || candidate || '(?![0-9])',
                audit_mask_identifier(candidate), 'g');
        end if;
    end loop;
    return result;
end $$;

-- Masks every audit row still holding a clear identifier and records that it did. Only the
-- table's owner may run it: it lifts the append-only trigger inside its own transaction
-- (ALTER TABLE holds an exclusive lock until the commit, so no other session ever writes
-- while the trigger is off) and puts it back before returning.
create function audit_redact_existing_identifiers(reason text) returns integer
    language plpgsql as $$
declare
    redacted integer;
begin
    alter table audit_entry disable trigger audit_entry_no_update_or_delete;
    update audit_entry
       set actor = audit_redact_identifiers(actor),
           summary = audit_redact_identifiers(summary),
           before_state = audit_redact_identifiers(before_state),
           after_state = audit_redact_identifiers(after_state)
     where audit_redact_identifiers(actor) is distinct from actor
        or audit_redact_identifiers(summary) is distinct from summary
        or audit_redact_identifiers(before_state) is distinct from before_state
        or audit_redact_identifiers(after_state) is distinct from after_state;
    get diagnostics redacted = row_count;
    alter table audit_entry enable trigger audit_entry_no_update_or_delete;
    insert into audit_entry (actor, action, entity_type, entity_id, summary)
    values ('system', 'AUDIT_IDENTIFIERS_REDACTED', 'AuditEntry', reason,
            format('KVKK: %s audit entries held a clear TCKN/VKN; masked to the first 3 and last 2 digits (%s)',
                   redacted, reason));
    return redacted;
end $$;
revoke execute on function audit_redact_existing_identifiers(text) from public;

select audit_redact_existing_identifiers('V67_1');
