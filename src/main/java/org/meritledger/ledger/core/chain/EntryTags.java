package org.meritledger.ledger.core.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Entry authentication tags (docs/ledger-format.md "Entry tags"): HMAC-SHA256 under a secret
 * that only portal nodes hold, over a fixed label, the entry's sequence number and its entry
 * hash. Hashes prove an entry was not changed; they cannot prove who wrote it, since anyone who
 * can write the database can hash. The tag can only be made with the secret, which is kept in the
 * data folder beside the signing key, never in the database.
 *
 * <p>The sequence number is bound in so a tag cannot be moved to another position. HMAC-SHA256
 * whatever the ledger's suite: the tag is checked only by the portal itself (not by receipt
 * holders), so it need not follow the suite's hash.
 */
public final class EntryTags {

    /** Bytes of secret: the HMAC-SHA256 block-size-safe length recommended for its key. */
    public static final int KEY_BYTES = 32;

    private static final byte[] LABEL = "merit-ledger entry tag v1\n".getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;

    public EntryTags(byte[] secret) {
        if (secret == null || secret.length < KEY_BYTES) {
            throw new IllegalArgumentException("an entry tag key needs at least " + KEY_BYTES + " bytes");
        }
        this.key = secret.clone();
    }

    /** The tag of entry {@code sequence} with hash {@code entryHash}. */
    public byte[] tag(long sequence, byte[] entryHash) {
        // Bouncy Castle's lightweight HMAC (the core uses no JCA provider look-ups); not
        // thread-safe, so one per call, which is cheap next to reading the row
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        mac.update(LABEL, 0, LABEL.length);
        byte[] seq = ByteBuffer.allocate(Long.BYTES).putLong(sequence).array();
        mac.update(seq, 0, seq.length);
        mac.update(entryHash, 0, entryHash.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    /**
     * A tagger for one thread that checks many entries: keyed once (Bouncy Castle's HMac keeps the
     * keyed state and returns to it after each tag), so a tag costs the message's compressions
     * only, not the key's two as well. Not thread-safe.
     */
    public Tagger tagger() {
        return new Tagger();
    }

    /** See {@link #tagger()}. */
    public final class Tagger {
        private final HMac mac = new HMac(new SHA256Digest());
        private final byte[] seq = new byte[Long.BYTES];

        private Tagger() {
            mac.init(new KeyParameter(key));
        }

        /** As {@link EntryTags#tag}. */
        public byte[] tag(long sequence, byte[] entryHash) {
            ByteBuffer.wrap(seq).putLong(sequence);
            mac.update(LABEL, 0, LABEL.length);
            mac.update(seq, 0, seq.length);
            mac.update(entryHash, 0, entryHash.length);
            byte[] out = new byte[mac.getMacSize()];
            mac.doFinal(out, 0); // also resets to the keyed state
            return out;
        }
    }

    /** Whether {@code tag} is the tag of this entry (constant time). */
    public boolean verify(long sequence, byte[] entryHash, byte[] tag) {
        return tag != null && MessageDigest.isEqual(tag(sequence, entryHash), tag);
    }
}
