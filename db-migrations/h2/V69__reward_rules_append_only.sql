-- H2 counterpart of postgresql/V69 (see h2/V3 for why H2 has no triggers). The version number is
-- kept so both databases share one schema history; verification finds edits either way.
comment on table reward_rule_version is 'append-only award rule versions; see docs/rewards.md';
