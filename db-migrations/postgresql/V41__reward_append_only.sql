-- PostgreSQL only: token movements and budget top-ups are append-only, like the ledger (V3). A
-- fence against careless scripts, not the proof: verification compares every row with its
-- ledger entry (RewardMirrors) and the balance cache with the movements, triggers or not.
create function reward_reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only: % rejected (a balance changes only by a new movement)', TG_TABLE_NAME, TG_OP;
end
$$;

create trigger reward_movement_append_only before update or delete on reward_movement
    for each row execute function reward_reject_change();
create trigger reward_movement_no_truncate before truncate on reward_movement
    for each statement execute function reward_reject_change();
create trigger reward_budget_topup_append_only before update or delete on reward_budget_topup
    for each row execute function reward_reject_change();
create trigger reward_budget_topup_no_truncate before truncate on reward_budget_topup
    for each statement execute function reward_reject_change();
