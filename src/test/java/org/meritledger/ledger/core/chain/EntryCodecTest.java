package org.meritledger.ledger.core.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.suite.Suites;

class EntryCodecTest {

    final EntryCodec codec = new EntryCodec(Suites.ED25519_SHA256);
    final byte[] h = new byte[32];

    Entry entry(String type, Long actor, String role, String subject) {
        return new Entry(1, Instant.parse("2025-01-01T00:00:00.000001Z"), type, actor, role, subject, "{}", h, h, null);
    }

    @Test
    void layoutIsExact() {
        byte[] enc = codec.encode(entry("t", null, null, null));
        String hex = Bytes.hex(enc);
        // str(tag) = u32 length 21 || "merit-ledger/entry/v1"
        assertEquals("00000015" + Bytes.hex("merit-ledger/entry/v1".getBytes()), hex.substring(0, 50));
        // u64 sequence 1, i64 µs 1735689600000001 (= 0x00062a99ba0c6001), str("t"), three absent optionals
        assertEquals("0000000000000001" + "00062a99ba0c6001" + "0000000174" + "000000", hex.substring(50, 50 + 48));
        assertEquals(25 + 8 + 8 + 5 + 3 + 64, enc.length);
        assertArrayEquals(Suites.ED25519_SHA256.hash(enc), codec.entryHash(entry("t", null, null, null)));
    }

    @Test
    void optionalFieldsCannotBeConfused() {
        // Without presence flags and length prefixes these could collide; with them they cannot.
        assertNotEquals(
                Bytes.hex(codec.encode(entry("t", null, "ab", null))),
                Bytes.hex(codec.encode(entry("t", null, null, "ab"))));
        assertNotEquals(
                Bytes.hex(codec.encode(entry("t", null, "a", "b"))),
                Bytes.hex(codec.encode(entry("t", null, "ab", ""))));
        assertNotEquals(
                Bytes.hex(codec.encode(entry("t", 0L, null, null))),
                Bytes.hex(codec.encode(entry("t", null, null, null))));
    }

    @Test
    void rejectsUnencodableFields() {
        assertThrows(
                InvalidEntryException.class,
                () -> EntryCodec.timestampMicros(Instant.parse("2025-01-01T00:00:00.000000001Z")));
        assertThrows(InvalidEntryException.class, () -> codec.encode(entry("t\ud800", null, null, null)));
        assertThrows(InvalidEntryException.class, () -> codec.encode(entry("", null, null, null)));
        assertEquals(-1, EntryCodec.timestampMicros(Instant.parse("1969-12-31T23:59:59.999999Z")));
    }
}
