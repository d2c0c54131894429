-- H2 counterpart of postgresql/V66 (see h2/V3 for why H2 has no triggers); the version number is
-- kept so both databases share one schema history. Verification detects edits either way.
comment on table redemption_request is 'append-only redemption requests; see docs/rewards.md';
comment on table redemption_step is 'append-only states of redemption requests; see docs/rewards.md';
