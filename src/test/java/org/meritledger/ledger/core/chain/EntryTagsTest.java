package org.meritledger.ledger.core.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Entry tags: the documented HMAC input, bound to key, position and hash. */
class EntryTagsTest {

    private final byte[] key = new byte[32];
    private final byte[] hash = new byte[32];

    EntryTagsTest() {
        for (int i = 0; i < 32; i++) {
            key[i] = (byte) i;
            hash[i] = (byte) (0xA0 + i);
        }
    }

    @Test
    void theTagIsTheDocumentedHmac() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update("merit-ledger entry tag v1\n".getBytes(StandardCharsets.US_ASCII));
        mac.update(ByteBuffer.allocate(8).putLong(70).array());
        mac.update(hash);
        assertArrayEquals(mac.doFinal(), new EntryTags(key).tag(70, hash));
        assertEquals(32, new EntryTags(key).tag(70, hash).length);
    }

    @Test
    void aTagDoesNotFitAnotherPositionHashOrKey() {
        EntryTags tags = new EntryTags(key);
        byte[] tag = tags.tag(70, hash);
        assertTrue(tags.verify(70, hash, tag));
        assertFalse(tags.verify(71, hash, tag), "moved to another sequence number");
        byte[] other = hash.clone();
        other[0] ^= 1;
        assertFalse(tags.verify(70, other, tag), "another entry hash");
        byte[] otherKey = key.clone();
        otherKey[31] ^= 1;
        assertFalse(new EntryTags(otherKey).verify(70, hash, tag), "another node's key");
        assertFalse(tags.verify(70, hash, null));
    }

    @Test
    void aReusedTaggerGivesEachEntryItsOwnTag() {
        EntryTags tags = new EntryTags(key);
        EntryTags.Tagger tagger = tags.tagger();
        for (long seq = 0; seq < 50; seq++) {
            byte[] h = hash.clone();
            h[(int) (seq % 32)] ^= (byte) seq;
            assertArrayEquals(tags.tag(seq, h), tagger.tag(seq, h), "entry " + seq);
        }
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EntryTags(new byte[16]));
    }
}
