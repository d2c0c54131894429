-- The integrity hold, shared by every portal node on this database (docs/ledger.md "Integrity
-- hold"). One row: a node whose verification fails sets it, every node reads it before each
-- write (under the head lock, so no write slips past a hold another node just set), and a
-- passing full verification on any node clears it for all. Each node also keeps its own hold in
-- memory, so clearing this row by hand does not lift a hold that a node found itself.
create table ledger_integrity_hold (
    id            integer       not null primary key,
    held          boolean       not null,
    failure_seq   bigint,
    failure_check varchar(40),
    expected      varchar(2000),
    computed      varchar(2000),
    detail        varchar(2000),
    held_since    timestamp(6) with time zone,
    held_by       varchar(200),
    constraint ledger_integrity_hold_single_ck check (id = 1)
);
insert into ledger_integrity_hold (id, held) values (1, false);
