-- PostgreSQL only: accepted device results are append-only, like the ledger (V3). A fence against
-- careless scripts, not the proof: verification compares every row with its ledger entry regardless.
create trigger device_submission_append_only before update or delete on device_submission
    for each row execute function ledger_reject_change();
create trigger device_submission_no_truncate before truncate on device_submission
    for each statement execute function ledger_reject_change();
