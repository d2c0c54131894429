package org.meritledger.ledger.core.chain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.meritledger.ledger.core.Bytes;

/**
 * One ledger entry as stored: its fields plus the three hashes recorded with it.
 *
 * <p>Deliberately a plain carrier without validation: entries read back from storage may have
 * been tampered with, and the {@link ChainVerifier} must be able to hold them in order to report
 * what is wrong. New entries are made by {@link ChainAppender}, which validates. Arrays are not
 * copied (a million entries flow through verification); treat them as immutable.
 *
 * @param sequence gapless position from 0 (the genesis entry)
 * @param timestamp UTC, microsecond precision (what PostgreSQL stores)
 * @param type dotted entry type, e.g. {@code personnel.soldier.created}
 * @param actorAccountId account that caused the entry, or null for the system
 * @param actorRole the role the actor acted in, or null
 * @param subject what the entry is about, e.g. {@code soldier:42}, or null
 * @param payload RFC 8785 canonical JSON text of a JSON object
 * @param payloadHash H(UTF-8 payload)
 * @param previousHash entry hash of entry sequence−1; 32 zero bytes for the genesis entry
 * @param entryHash H(entry encoding), see {@link EntryCodec}
 */
public record Entry(
        long sequence,
        Instant timestamp,
        String type,
        Long actorAccountId,
        String actorRole,
        String subject,
        String payload,
        byte[] payloadHash,
        byte[] previousHash,
        byte[] entryHash) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Entry e
                && e.sequence == sequence
                && Objects.equals(e.timestamp, timestamp)
                && Objects.equals(e.type, type)
                && Objects.equals(e.actorAccountId, actorAccountId)
                && Objects.equals(e.actorRole, actorRole)
                && Objects.equals(e.subject, subject)
                && Objects.equals(e.payload, payload)
                && Arrays.equals(e.payloadHash, payloadHash)
                && Arrays.equals(e.previousHash, previousHash)
                && Arrays.equals(e.entryHash, entryHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + Arrays.hashCode(entryHash);
    }

    @Override
    public String toString() {
        return "Entry[" + sequence + " " + type + " " + timestamp + " hash=" + Bytes.hex(entryHash) + "]";
    }

    /** A copy with other stored hashes (for building entries and for tamper tests). */
    public Entry withHashes(byte[] newPayloadHash, byte[] newPreviousHash, byte[] newEntryHash) {
        return new Entry(
                sequence,
                timestamp,
                type,
                actorAccountId,
                actorRole,
                subject,
                payload,
                newPayloadHash,
                newPreviousHash,
                newEntryHash);
    }
}
