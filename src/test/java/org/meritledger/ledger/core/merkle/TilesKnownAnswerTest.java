package org.meritledger.ledger.core.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.suite.Suites;
import org.meritledger.ledger.tiles.TilePath;
import org.meritledger.ledger.tiles.Tiles;

/**
 * c2sp.org/tlog-tiles for the tree of 70,000 leaves the specification itself describes ("273
 * full level 0 tiles, one partial level 0 tile of width 112, one full level 1 tile, one partial
 * level 1 tile of width 17, and one partial level 2 tile of width 1"): which tiles exist, and each
 * kind byte for byte against the specification's formula MTH(D[(n·256+i)·256^l : (n·256+i+1)·256^l])
 * computed by the slow {@link ReferenceMerkle}. Then an independent tile reader ({@link
 * TileHashReader}) rebuilds inclusion and consistency proofs from the served tiles alone, and
 * the core's verifier accepts them against the reference roots.
 */
class TilesKnownAnswerTest {

    static final int SIZE = 70_000;
    // leaf data = the ledger's entry hashes; here SHA-256 of the index, reproducible anywhere
    static final List<byte[]> DATA = new ArrayList<>();
    static final ReferenceMerkle REF;
    static final InMemoryNodeStore STORE = new InMemoryNodeStore(32);

    static {
        for (int i = 0; i < SIZE; i++) {
            DATA.add(ReferenceMerkle.sha256(ByteBuffer.allocate(8).putLong(i).array()));
        }
        REF = new ReferenceMerkle(DATA);
        MerkleAppender a = new MerkleAppender(new RfcLogHasher(Suites.ED25519_SHA256.newDigester()));
        for (byte[] d : DATA) {
            a.append(ReferenceMerkle.leafHash(d), STORE);
        }
    }

    private static byte[] served(TilePath p) {
        return Tiles.tile(p, (level, from, count) -> {
            List<byte[]> out = new ArrayList<>();
            for (long i = from; i < from + count && i < STORE.count(level); i++) {
                out.add(STORE.node(level, i));
            }
            return out;
        });
    }

    /** The specification's definition of tile (l, n) of width w, from the reference. */
    private static byte[] expected(int l, long n, int w) {
        long span = (long) Math.pow(256, l);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < w; i++) {
            out.writeBytes(REF.mth((int) ((n * 256 + i) * span), (int) ((n * 256 + i + 1) * span)));
        }
        return out.toByteArray();
    }

    @Test
    void pathsAreEncodedAsTheSpecificationSays() {
        assertEquals("tile/0/x001/x234/067", new TilePath(0, 1_234_067, 256).format());
        assertEquals("tile/entries/x001/234.p/7", new TilePath(-1, 1_234, 7).format());
        assertEquals(new TilePath(2, 0, 1), TilePath.parse("tile/2/000.p/1"));
        assertEquals(new TilePath(0, 273, 112), TilePath.parse("tile/0/273.p/112"));
        for (String bad : List.of(
                "tile/0/1",
                "tile/00/000",
                "tile/0/000.p/0",
                "tile/0/000.p/256",
                "tile/0/x000/001",
                "tile/64/000",
                "tile/0/x1/000",
                "tile/0/000/",
                "tile/entries/000.p/07",
                "tiles/0/000")) {
            assertThrows(IllegalArgumentException.class, () -> TilePath.parse(bad), bad);
        }
    }

    @Test
    void theTilesOfA70000LeafTreeAreTheOnesTheSpecificationLists() {
        assertTrue(Tiles.available(new TilePath(0, 272, 256), SIZE));
        assertFalse(Tiles.available(new TilePath(0, 273, 256), SIZE));
        assertTrue(Tiles.available(new TilePath(0, 273, 112), SIZE));
        assertFalse(Tiles.available(new TilePath(0, 273, 113), SIZE));
        assertTrue(Tiles.available(new TilePath(1, 0, 256), SIZE));
        assertTrue(Tiles.available(new TilePath(1, 1, 17), SIZE));
        assertFalse(Tiles.available(new TilePath(1, 1, 18), SIZE));
        assertTrue(Tiles.available(new TilePath(2, 0, 1), SIZE));
        assertFalse(Tiles.available(new TilePath(2, 0, 2), SIZE));
        assertFalse(Tiles.available(new TilePath(3, 0, 1), SIZE));
        assertTrue(Tiles.available(new TilePath(-1, 273, 112), SIZE));
        // a tree of 256 has a full level 0 tile and a partial level 1 tile of width 1
        assertTrue(Tiles.available(new TilePath(0, 0, 256), 256));
        assertTrue(Tiles.available(new TilePath(1, 0, 1), 256));
    }

    @Test
    void fullAndPartialTilesAreByteForByteTheSpecificationsHashes() {
        assertArrayEquals(expected(0, 5, 256), served(new TilePath(0, 5, 256)));
        assertArrayEquals(expected(0, 273, 112), served(new TilePath(0, 273, 112)));
        assertArrayEquals(expected(1, 0, 256), served(new TilePath(1, 0, 256)));
        assertArrayEquals(expected(1, 1, 17), served(new TilePath(1, 1, 17)));
        assertArrayEquals(expected(2, 0, 1), served(new TilePath(2, 0, 1)));
        assertArrayEquals(REF.mth(0, 65_536), served(new TilePath(2, 0, 1)));
        assertEquals(8192, served(new TilePath(1, 0, 256)).length);
    }

    @Test
    void entryBundlesHashToTheLevel0Tile() {
        List<byte[]> entries = DATA.subList(273 * 256, 273 * 256 + 112);
        byte[] bundle = Tiles.entryBundle(entries);
        assertEquals(112 * 34, bundle.length);
        byte[] tile = served(new TilePath(0, 273, 112));
        ByteBuffer b = ByteBuffer.wrap(bundle);
        for (int i = 0; i < 112; i++) {
            int len = Short.toUnsignedInt(b.getShort());
            assertEquals(32, len);
            byte[] data = new byte[len];
            b.get(data);
            assertArrayEquals(entries.get(i), data);
            assertArrayEquals(
                    ReferenceMerkle.sha256(new byte[] {0}, data), Arrays.copyOfRange(tile, i * 32, i * 32 + 32));
        }
        assertEquals(0, b.remaining());
    }

    @Test
    void anIndependentTileReaderProvesInclusionAndConsistency() throws Exception {
        RfcLogHasher hasher = new RfcLogHasher(Suites.ED25519_SHA256.newDigester());
        Random rnd = new Random(7);
        for (long size : new long[] {SIZE, 65_536, 65_537, 256, 257, 1_000, 33_333}) {
            TileHashReader reader = new TileHashReader(size, path -> served(TilePath.parse(path)));
            byte[] root = REF.mth(0, (int) size);
            assertArrayEquals(root, reader.mth(0, size), "root at " + size);
            for (int t = 0; t < 20; t++) {
                long index = rnd.nextInt((int) size);
                List<byte[]> proof = reader.path(index, 0, size);
                ProofVerifier.verifyInclusion(
                        hasher, index, size, ReferenceMerkle.leafHash(DATA.get((int) index)), proof, root);
                long old = 1 + rnd.nextInt((int) size);
                ProofVerifier.verifyConsistency(
                        hasher, old, size, reader.consistency(old), REF.mth(0, (int) old), root);
            }
            for (String p : reader.fetchedPaths()) {
                assertTrue(Tiles.available(TilePath.parse(p), size), p + " at " + size);
            }
        }
    }
}
