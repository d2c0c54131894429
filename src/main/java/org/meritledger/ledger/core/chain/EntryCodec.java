package org.meritledger.ledger.core.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.meritledger.ledger.core.Digester;
import org.meritledger.ledger.core.merkle.LogHasher;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.suite.Suite;

/**
 * The exact entry encoding and the hashes derived from it (ledger-format.md, "Entry encoding").
 *
 * <pre>
 * encoding = str("merit-ledger/entry/v1")
 *            u64(sequence) i64(timestamp in µs since 1970-01-01T00:00:00Z)
 *            str(type) opt(i64(actor account id)) opt(str(actor role)) opt(str(subject))
 *            payload hash (32 bytes) previous entry hash (32 bytes)
 * str(s)   = u32(byte length of UTF-8(s)) || UTF-8(s)
 * opt(x)   = 0x00 if absent, else 0x01 || x
 * integers are big-endian two's complement
 * </pre>
 *
 * Every variable-length field is length-prefixed and every optional one flagged, so no two
 * different entries share an encoding; the leading tag keeps these hashes apart from any other
 * hash the ledger computes. Reuses one buffer and one digester: not thread-safe.
 */
public final class EntryCodec {

    public static final String DOMAIN_TAG = "merit-ledger/entry/v1";
    private static final byte[] TAG_BYTES = DOMAIN_TAG.getBytes(StandardCharsets.US_ASCII);

    private final Digester digester;
    private final LogHasher logHasher;
    private final int hashSize;
    private byte[] buf = new byte[256];
    private int len;

    public EntryCodec(Suite suite) {
        this.digester = suite.newDigester();
        this.logHasher = new RfcLogHasher(suite.newDigester());
        this.hashSize = suite.hashSize();
    }

    /** The encoding of {@code e}'s fields (its own stored entryHash is not part of it). */
    public byte[] encode(Entry e) {
        fill(e);
        return Arrays.copyOf(buf, len);
    }

    /** H(encode(e)). */
    public byte[] entryHash(Entry e) {
        fill(e);
        return digester.update(buf, 0, len).digest();
    }

    /** H(UTF-8 payload). */
    public byte[] payloadHash(String payload) {
        return digester.update(utf8(payload, "payload")).digest();
    }

    /** The Merkle leaf hash of an entry: H(0x00 || entry hash). */
    public byte[] leafHash(byte[] entryHash) {
        return logHasher.hashLeaf(entryHash);
    }

    /** Microseconds since the epoch; rejects instants with finer precision, which would not survive storage. */
    public static long timestampMicros(Instant t) {
        if (t == null) {
            throw new InvalidEntryException("timestamp is missing");
        }
        if (t.getNano() % 1_000 != 0) {
            throw new InvalidEntryException("timestamp has sub-microsecond precision: " + t);
        }
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
        } catch (ArithmeticException ex) {
            throw new InvalidEntryException("timestamp out of range: " + t);
        }
    }

    /** {@code t} truncated to whole microseconds, e.g. for {@code Instant.now()}. */
    public static Instant toMicros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    private void fill(Entry e) {
        len = 0;
        if (e.type() == null || e.type().isEmpty()) {
            throw new InvalidEntryException("entry type is missing");
        }
        putBytesWithLength(TAG_BYTES);
        putLong(e.sequence());
        putLong(timestampMicros(e.timestamp()));
        putBytesWithLength(utf8(e.type(), "type"));
        if (e.actorAccountId() == null) {
            putByte(0);
        } else {
            putByte(1);
            putLong(e.actorAccountId());
        }
        putOptionalString(e.actorRole(), "actor role");
        putOptionalString(e.subject(), "subject");
        putHash(e.payloadHash(), "payload hash");
        putHash(e.previousHash(), "previous hash");
    }

    private void putOptionalString(String s, String what) {
        if (s == null) {
            putByte(0);
        } else {
            putByte(1);
            putBytesWithLength(utf8(s, what));
        }
    }

    private void putHash(byte[] h, String what) {
        if (h == null || h.length != hashSize) {
            throw new InvalidEntryException(what + " must be " + hashSize + " bytes");
        }
        ensure(h.length);
        System.arraycopy(h, 0, buf, len, h.length);
        len += h.length;
    }

    private void putBytesWithLength(byte[] b) {
        ensure(4 + b.length);
        int n = b.length;
        buf[len++] = (byte) (n >>> 24);
        buf[len++] = (byte) (n >>> 16);
        buf[len++] = (byte) (n >>> 8);
        buf[len++] = (byte) n;
        System.arraycopy(b, 0, buf, len, n);
        len += n;
    }

    private void putLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[len++] = (byte) (v >>> shift);
        }
    }

    private void putByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /**
     * UTF-8 that refuses lone surrogates: {@code String.getBytes} would silently turn them into
     * '?', letting two different strings share one encoding.
     */
    static byte[] utf8(String s, String what) {
        if (s == null) {
            throw new InvalidEntryException(what + " is missing");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    throw new InvalidEntryException(what + " contains a lone surrogate at index " + i);
                }
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
