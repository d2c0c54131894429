-- PostgreSQL only: career events are append-only, like the ledger (V3). A fence against careless
-- scripts, not the proof: verification compares every row with its ledger entry regardless.
create trigger career_event_append_only before update or delete on career_event
    for each row execute function ledger_reject_change();
create trigger career_event_no_truncate before truncate on career_event
    for each statement execute function ledger_reject_change();
