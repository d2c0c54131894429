package org.meritledger.ledger.core;

/**
 * A reusable, stateful hash computation (one suite's hash function).
 *
 * <p>Exists so hot loops (chain verification, Merkle appends) can reuse one underlying digest
 * object instead of looking up an algorithm per hash. Not thread-safe: each thread asks the suite
 * for its own. {@link #digest()} returns the hash and resets the state, ready for the next use.
 */
public interface Digester {

    /** Output length in bytes (32 for every suite of this ledger). */
    int size();

    Digester update(byte b);

    Digester update(byte[] bytes, int offset, int length);

    default Digester update(byte[] bytes) {
        return update(bytes, 0, bytes.length);
    }

    /** Finishes the hash, returns it, and resets this digester. */
    byte[] digest();

    /** Convenience: hash the concatenation of {@code parts} from a fresh state. */
    default byte[] digest(byte[]... parts) {
        for (byte[] p : parts) {
            update(p);
        }
        return digest();
    }
}
