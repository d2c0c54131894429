-- Entry authentication tags (docs/ledger-format.md "Entry tags"): HMAC-SHA256 of each entry's
-- hash under a key kept in the data folder, never in the database, so an entry inserted with
-- SQL cannot carry a valid tag. A table of its own (not a column of ledger_entry) so that
-- entries recorded before this version can be tagged once at upgrade by inserting rows, without
-- lifting ledger_entry's append-only fence.
create table ledger_entry_tag (
    seq   bigint   not null,
    tag   char(64) not null,
    constraint ledger_entry_tag_pk primary key (seq)
);
