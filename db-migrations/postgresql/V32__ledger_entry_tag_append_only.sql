-- PostgreSQL only: entry tags are append-only like the entries they authenticate (see V3).
create trigger ledger_entry_tag_append_only before update or delete on ledger_entry_tag
    for each row execute function ledger_reject_change();
create trigger ledger_entry_tag_no_truncate before truncate on ledger_entry_tag
    for each statement execute function ledger_reject_change();
