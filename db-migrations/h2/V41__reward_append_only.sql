-- H2 counterpart of postgresql/V41 (see h2/V3 for why H2 has no triggers). The version number is
-- kept so both databases share one schema history; verification finds edits either way.
comment on table reward_movement is 'append-only token movements; see docs/rewards.md';
comment on table reward_budget_topup is 'append-only budget top-ups; see docs/rewards.md';
