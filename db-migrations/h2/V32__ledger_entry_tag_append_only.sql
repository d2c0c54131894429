-- H2 counterpart of postgresql/V32 (see h2/V3): no trigger classes on an embedded database;
-- verification detects a changed or missing tag either way.
comment on table ledger_entry_tag is 'append-only entry authentication tags; see docs/ledger-format.md';
