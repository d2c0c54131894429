-- H2 counterpart of postgresql/V12 (see h2/V3 for why H2 has no triggers). The version number is
-- kept so both databases share one schema history; verification finds edits either way.
comment on table training_correction is 'append-only: corrections are new rows; see docs/training.md';
