-- H2 counterpart of postgresql/V3: H2 triggers need Java classes on the database's class path,
-- which an embedded single-node database does not warrant. The version number is kept so both
-- databases share one schema history; verification detects tampering either way.
comment on table ledger_entry is 'append-only ledger entries; see docs/ledger.md';
