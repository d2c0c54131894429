-- PostgreSQL only: the versions of catalog items are append-only, like the ledger (V3). A fence
-- against careless scripts, not the proof: verification compares every version row with the
-- ledger entry it names, and every item row with its latest entry, regardless. catalog_item
-- itself is updated in place by every change, so it has no such trigger.
create trigger catalog_item_version_append_only before update or delete on catalog_item_version
    for each row execute function ledger_reject_change();
create trigger catalog_item_version_no_truncate before truncate on catalog_item_version
    for each statement execute function ledger_reject_change();
