-- PostgreSQL only: redemption requests and their steps are append-only, like the ledger (V3). A
-- fence against careless scripts, not the proof: verification compares every request and step
-- with the ledger entries that recorded them (RedemptionMirror), triggers or not.
create trigger redemption_request_append_only before update or delete on redemption_request
    for each row execute function ledger_reject_change();
create trigger redemption_request_no_truncate before truncate on redemption_request
    for each statement execute function ledger_reject_change();
create trigger redemption_step_append_only before update or delete on redemption_step
    for each row execute function ledger_reject_change();
create trigger redemption_step_no_truncate before truncate on redemption_step
    for each statement execute function ledger_reject_change();
