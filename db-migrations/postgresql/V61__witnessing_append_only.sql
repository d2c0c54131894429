-- PostgreSQL only, like V3: cosignatures and witness alerts are evidence and only ever added.
-- (witness_log_state and ledger_witness_progress are updated in place by design; the witness
-- state also has a copy outside the database, see docs/ledger.md.)
create trigger ledger_cosignature_append_only before update or delete on ledger_cosignature
    for each row execute function ledger_reject_change();
create trigger ledger_cosignature_no_truncate before truncate on ledger_cosignature
    for each statement execute function ledger_reject_change();
create trigger witness_alert_append_only before update or delete on witness_alert
    for each row execute function ledger_reject_change();
create trigger witness_alert_no_truncate before truncate on witness_alert
    for each statement execute function ledger_reject_change();
