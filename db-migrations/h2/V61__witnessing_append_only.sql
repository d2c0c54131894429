-- H2 counterpart of postgresql/V61 (no triggers on H2, as for V3); keeps the version numbers aligned.
comment on table witness_alert is 'append-only evidence of forks of witnessed logs; see docs/ledger.md';
