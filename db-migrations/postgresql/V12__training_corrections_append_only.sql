-- PostgreSQL only: corrections and their decisions are append-only, like the ledger tables (V3).
-- A fence against a careless script, not the proof: verification compares these rows with the
-- ledger (TrainingMirrors.Corrections) and finds an edit even where the triggers were disabled.
create function training_correction_reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only: % rejected (corrections are new rows)', TG_TABLE_NAME, TG_OP;
end
$$;

create trigger training_correction_append_only before update or delete on training_correction
    for each row execute function training_correction_reject_change();
create trigger training_correction_no_truncate before truncate on training_correction
    for each statement execute function training_correction_reject_change();
create trigger training_correction_decision_append_only before update or delete on training_correction_decision
    for each row execute function training_correction_reject_change();
create trigger training_correction_decision_no_truncate before truncate on training_correction_decision
    for each statement execute function training_correction_reject_change();
