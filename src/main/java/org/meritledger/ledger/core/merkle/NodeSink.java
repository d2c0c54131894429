package org.meritledger.ledger.core.merkle;

/** Receives nodes that have just become complete (for the application to store). */
@FunctionalInterface
public interface NodeSink {

    /** Called once per completed node, lower levels first; {@code hash} is not reused by the caller. */
    void put(int level, long index, byte[] hash);
}
