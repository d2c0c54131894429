package org.meritledger.ledger.core.merkle;

/** The tree hashing scheme (transparency-dev's {@code merkle.LogHasher}). Not thread-safe. */
public interface LogHasher {

    /** Hash length in bytes. */
    int size();

    /** Root of the empty tree: H() of nothing (RFC 9162 §2.1.1). */
    byte[] emptyRoot();

    /** H(0x00 || data). */
    byte[] hashLeaf(byte[] data);

    /** H(0x01 || left || right). */
    byte[] hashChildren(byte[] left, byte[] right);
}
