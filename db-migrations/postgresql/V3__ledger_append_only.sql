-- PostgreSQL only: ledger tables are append-only. UPDATE, DELETE and TRUNCATE are rejected by
-- triggers, so a mistaken script or a careless admin cannot rewrite history quietly. This is a
-- fence, not the proof: a superuser can disable triggers, so verification never relies on it
-- (docs/ledger.md). ledger_head is not covered: every append updates it.
create function ledger_reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger table % is append-only: % rejected', TG_TABLE_NAME, TG_OP;
end
$$;

create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function ledger_reject_change();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_reject_change();
create trigger ledger_node_append_only before update or delete on ledger_node
    for each row execute function ledger_reject_change();
create trigger ledger_node_no_truncate before truncate on ledger_node
    for each statement execute function ledger_reject_change();
create trigger ledger_checkpoint_append_only before update or delete on ledger_checkpoint
    for each row execute function ledger_reject_change();
create trigger ledger_checkpoint_no_truncate before truncate on ledger_checkpoint
    for each statement execute function ledger_reject_change();
create trigger ledger_signing_key_append_only before update or delete on ledger_signing_key
    for each row execute function ledger_reject_change();
create trigger ledger_signing_key_no_truncate before truncate on ledger_signing_key
    for each statement execute function ledger_reject_change();
