-- Why an administrator revised a standard: the revision is a ledger entry and says why, as a
-- correction does. Null for the shipped version 1 (and for versions made before this column).
alter table training_standard add column reason varchar(500);
