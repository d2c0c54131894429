#!/usr/bin/env bash
# Ledger appends next to pgbench one-row inserts on the same PostgreSQL, then a fill to ENTRIES,
# full verification and inclusion proofs at that size (docs/benchmarks.md, section "Ledger").
# Not part of `mvn verify`. Run from the project folder:
#   src/test/bench/ledger-vs-pgbench.sh            # PGHOST/PGUSER/PGPASSWORD, ENTRIES, STEP_SECONDS optional
#   LEDGER_SKIP_APPENDS=1 ... skips pgbench and the append-rate steps: fill, the portal's verification,
#   the export and the standalone verifier only. Run `mvn package` first for target/merit-verifier.jar.
set -euo pipefail
HOST=${PGHOST:-127.0.0.1}
DBUSER=${PGUSER:-postgres}
PASSWORD=${PGPASSWORD:-postgres}
ENTRIES=${ENTRIES:-1000000}
STEP_SECONDS=${STEP_SECONDS:-10}
DB=merit_bench_$$

psql -h "$HOST" -U "$DBUSER" -d postgres -qc "create database $DB"
trap 'psql -h "$HOST" -U "$DBUSER" -d postgres -qc "drop database if exists $DB"' EXIT

if [ -z "${LEDGER_SKIP_APPENDS:-}" ]; then
echo "== pgbench: one-row insert transaction"
psql -h "$HOST" -U "$DBUSER" -d "$DB" -qc "create table bench_row (id bigserial primary key, payload text not null)"
mkdir -p target
echo "insert into bench_row (payload) values ('{\"event\":\"range\",\"score\":87}');" > target/pgbench-insert.sql
for c in 1 8 32; do
    jobs=$(( c < 2 ? c : 2 ))
    tps=$(pgbench -h "$HOST" -U "$DBUSER" -n -c "$c" -j "$jobs" -T "$STEP_SECONDS" -f target/pgbench-insert.sql "$DB" \
        | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
    echo "pgbench, one-row insert, $c clients: $tps tx/s"
done
fi

echo "== ledger (ChainWriter: head-row lock, batched JDBC at commit, in-memory Merkle frontier)"
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.excludeArtifactIds=payara-micro
java -Xms2g -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.meritledger.ledger.bench.LedgerLoad "jdbc:postgresql://$HOST:5432/$DB" "$DBUSER" "$PASSWORD" \
    "$ENTRIES" "$STEP_SECONDS"

if [ -f target/merit-verifier.jar ]; then
    echo "== standalone verifier jar on the same export (fresh JVM, default heap)"
    /usr/bin/time -f "verifier jar: %e s wall, %U s user, %M KiB max RSS" \
        java -jar target/merit-verifier.jar verify-export target/bench-export.jsonl --key @target/bench-key.txt
else
    echo "(target/merit-verifier.jar missing: run mvn package to include the jar run)"
fi
rm -f target/bench-export.jsonl
