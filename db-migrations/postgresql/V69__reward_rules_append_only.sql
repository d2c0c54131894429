-- PostgreSQL only: award rule versions are append-only (a revision adds a version). A fence
-- against careless scripts, not the proof: verification compares every row with its ledger
-- entry and replays the rules over the ledger. Reuses reward_reject_change() from V41.
create trigger reward_rule_version_append_only before update or delete on reward_rule_version
    for each row execute function reward_reject_change();
create trigger reward_rule_version_no_truncate before truncate on reward_rule_version
    for each statement execute function reward_reject_change();
