-- H2 counterpart of postgresql/V46 (see h2/V3 for why H2 has no triggers); the version number
-- is kept so both databases share one schema history. Verification detects edits either way.
comment on table catalog_item_version is 'append-only versions of reward catalog items; see docs/rewards-catalog.md';
