-- H2 counterpart of postgresql/V52 (see h2/V3 for why H2 has no triggers); the version number
-- is kept so both databases share one schema history. Verification detects edits either way.
comment on table device_submission is 'append-only accepted device results; see docs/api.md';
