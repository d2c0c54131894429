#!/usr/bin/env bash
# Rewards figures (docs/benchmarks.md, section "Rewards") next to pgbench, in one run on one fresh
# PostgreSQL database: pgbench's one-row insert at 1 and 32 clients, then RewardsBenchmark inside
# Payara Micro (40 awards per transaction against 40 plain ledger entries per transaction, 32
# soldiers redeeming at once, a fill to BENCH_SOLDIERS / BENCH_MOVEMENTS through the real write
# path, the full verification at that size, a soldier's My tokens). Not part of `mvn verify`.
# Run from the project folder:
#   src/test/bench/rewards.sh      # PGHOST/PGUSER/PGPASSWORD, STEP_SECONDS, BENCH_SOLDIERS, BENCH_MOVEMENTS optional
set -euo pipefail
HOST=${PGHOST:-127.0.0.1}
DBUSER=${PGUSER:-postgres}
PASSWORD=${PGPASSWORD:-postgres}
STEP_SECONDS=${STEP_SECONDS:-10}
export BENCH_SOLDIERS=${BENCH_SOLDIERS:-100000}
export BENCH_MOVEMENTS=${BENCH_MOVEMENTS:-1000000}
DB=merit_rewards_bench_$$

psql -h "$HOST" -U "$DBUSER" -d postgres -qc "create database $DB"
trap 'psql -h "$HOST" -U "$DBUSER" -d postgres -qc "drop database if exists $DB with (force)"' EXIT

mkdir -p target/benchmarks
OUT=target/benchmarks/rewards.txt
: > "$OUT"
echo "machine | $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start" >> "$OUT"

echo "== pgbench: one-row insert transaction"
psql -h "$HOST" -U "$DBUSER" -d "$DB" -qc "create table bench_row (id bigserial primary key, payload text not null)"
echo "insert into bench_row (payload) values ('{\"event\":\"range\",\"score\":87}');" > target/pgbench-insert.sql
for c in 1 32; do
    jobs=$(( c < 2 ? c : 2 ))
    tps=$(pgbench -h "$HOST" -U "$DBUSER" -n -c "$c" -j "$jobs" -T "$STEP_SECONDS" -f target/pgbench-insert.sql "$DB" \
        | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
    echo "pgbench one-row insert, $c clients | $tps tx/s" | tee -a "$OUT"
done
psql -h "$HOST" -U "$DBUSER" -d "$DB" -qc "drop table bench_row"

echo "== RewardsBenchmark in Payara Micro ($BENCH_SOLDIERS soldiers, $BENCH_MOVEMENTS movements)"
MERIT_TEST_DB_URL="jdbc:postgresql://$HOST:5432/$DB" MERIT_TEST_DB_USER="$DBUSER" MERIT_TEST_DB_PASSWORD="$PASSWORD" \
    mvn -o -q verify -Dit.test=RewardsBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false
echo "machine | load average $(cut -d' ' -f1-3 /proc/loadavg) at the end" >> "$OUT"
echo "== figures ($OUT)"
cat "$OUT"
