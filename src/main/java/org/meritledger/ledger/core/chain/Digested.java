package org.meritledger.ledger.core.chain;

import org.meritledger.ledger.core.jcs.Jcs;

/**
 * An entry with the checks that need nothing but the entry itself already done: whether its
 * payload is canonical, the hash of its payload and the hash of its fields. These are most of a
 * verification's work, and they can run on several threads ({@link ParallelDigests}); the
 * {@link ChainVerifier} then only compares them, in order, with what the chain says.
 *
 * @param canonicalChecked whether {@link #canonical} was computed (a verifier that requires the
 *     check computes it itself otherwise)
 * @param payloadHash H(payload), or null when {@link #payloadError} says why it could not be taken
 * @param entryHash H(encoding), or null when {@link #entryError} says why the entry cannot be encoded
 */
public record Digested(
        Entry entry,
        boolean canonicalChecked,
        boolean canonical,
        byte[] payloadHash,
        String payloadError,
        byte[] entryHash,
        String entryError) {

    /** Digests {@code e} with {@code codec} (which is not thread-safe: one per thread). */
    public static Digested of(EntryCodec codec, Entry e, boolean checkCanonical) {
        if (e == null) {
            return null;
        }
        boolean canonical = !checkCanonical || Jcs.isCanonical(e.payload());
        if (!canonical) {
            return new Digested(e, true, false, null, null, null, null); // nothing further is looked at
        }
        byte[] payloadHash = null;
        String payloadError = null;
        try {
            payloadHash = codec.payloadHash(e.payload());
        } catch (InvalidEntryException ex) {
            payloadError = ex.getMessage();
        }
        byte[] entryHash = null;
        String entryError = null;
        try {
            entryHash = codec.entryHash(e);
        } catch (InvalidEntryException ex) {
            entryError = ex.getMessage();
        }
        return new Digested(e, checkCanonical, true, payloadHash, payloadError, entryHash, entryError);
    }
}
