/**
 * Witnessing (docs/ledger.md "Witnesses"), both ways round. As a log: this ledger's checkpoints
 * go on a schedule to the configured witnesses (C2SP tlog-witness {@code add-checkpoint}, with a
 * consistency proof from each witness's last size); the cosignature lines that come back are
 * checked and stored, and a checkpoint counts as witnessed once a quorum cosigned it. As a
 * witness for other portals: {@code POST /witness/add-checkpoint} cosigns a checkpoint of a
 * configured log only if it extends what was cosigned before, keeps that state in the database
 * and in a file, and raises an alert on evidence of a fork or rewrite.
 */
package org.meritledger.ledger.witness;
