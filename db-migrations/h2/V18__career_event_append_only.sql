-- H2 counterpart of postgresql/V18 (see h2/V3 for why H2 has no triggers); the version number
-- is kept so both databases share one schema history. Verification detects edits either way.
comment on table career_event is 'append-only career events; see docs/service-record.md';
