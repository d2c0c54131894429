package org.meritledger.ledger.tiles;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Tile contents (c2sp.org/tlog-tiles, "Merkle Tree" and "Log entries"). The n-th tile at level
 * l holds MTH(D[(n·256+i)·256^l : (n·256+i+1)·256^l]) for i below its width: exactly the
 * perfect-subtree nodes the ledger stores at Merkle level 8·l, indices n·256+i, so a tile is one
 * range read of {@code ledger_node}. An entry bundle holds, for each leaf, a big-endian uint16
 * length and the leaf's data, and the data of the ledger's leaf n is entry n's 32-byte entry
 * hash (ledger-format.md §3: leaf hash = H(0x00 ‖ entry hash)), so a tile client recomputes the
 * level-0 tile from the bundle.
 */
public final class Tiles {

    /** Reads {@code count} stored node hashes at {@code level} from index {@code from}, in order. */
    @FunctionalInterface
    public interface NodeRange {
        List<byte[]> read(int level, long from, int count);
    }

    private Tiles() {}

    /**
     * Whether the tile exists for a tree of {@code treeSize} leaves: every hash in it must be of
     * a complete subtree, i.e. (n·256 + width)·256^l ≤ size.
     */
    public static boolean available(TilePath p, long treeSize) {
        int level = p.entries() ? 0 : p.level();
        try {
            long span = 1;
            for (int i = 0; i < level; i++) {
                span = Math.multiplyExact(span, 256L);
            }
            long end = Math.multiplyExact(Math.addExact(Math.multiplyExact(p.index(), 256L), p.width()), span);
            return end <= treeSize;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** The tile's bytes: width × 32-byte hashes. */
    public static byte[] tile(TilePath p, NodeRange nodes) {
        if (p.entries()) {
            throw new IllegalArgumentException("an entry bundle is not a hash tile");
        }
        List<byte[]> hashes = nodes.read(8 * p.level(), p.index() * 256, p.width());
        if (hashes.size() != p.width()) {
            throw new IllegalStateException(
                    "tile " + p.format() + ": " + hashes.size() + " of " + p.width() + " stored nodes found");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * p.width());
        for (byte[] h : hashes) {
            out.writeBytes(h);
        }
        return out.toByteArray();
    }

    /** An entry bundle: each leaf's data (the entry hash) with its uint16 length. */
    public static byte[] entryBundle(List<byte[]> entryHashes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(34 * entryHashes.size());
        for (byte[] h : entryHashes) {
            out.write(h.length >>> 8);
            out.write(h.length & 0xff);
            out.writeBytes(h);
        }
        return out.toByteArray();
    }
}
