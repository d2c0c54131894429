-- Each signed result names the ledger entry that recorded it (its receipt in "My training"),
-- set at sign-off from what the append returned. Verification checks that the entry it names
-- records exactly this row (TrainingMirrors.Results). Portable SQL for H2 and PostgreSQL.
alter table training_result add column ledger_seq bigint;

-- Results signed before this column existed: the newest entry about them is the one that recorded them.
update training_result set ledger_seq = (select max(e.seq) from ledger_entry e
        where e.subject = concat('result:', cast(training_result.id as varchar(20))))
    where signed = true;
