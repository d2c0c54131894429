-- The ledger explorer filters entries by type, actor and time, newest first; each index ends in
-- seq so a filtered page is an index range scan in sequence order. (The subject index exists: V2.)
create index ledger_entry_type_ix on ledger_entry (entry_type, seq);
create index ledger_entry_actor_ix on ledger_entry (actor_account_id, seq);
create index ledger_entry_ts_ix on ledger_entry (ts);
