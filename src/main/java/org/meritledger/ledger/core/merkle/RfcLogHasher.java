package org.meritledger.ledger.core.merkle;

import org.meritledger.ledger.core.Digester;

/**
 * RFC 6962 §2.1 hashing over a suite's {@link Digester}. The 0x00/0x01 prefixes give leaves and
 * interior nodes separate domains, so a leaf can never be passed off as a node (second-preimage
 * attacks on the tree). Reuses one digester: not thread-safe, make one per thread.
 */
public final class RfcLogHasher implements LogHasher {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final Digester digester;
    private final byte[] emptyRoot;

    public RfcLogHasher(Digester digester) {
        this.digester = digester;
        this.emptyRoot = digester.digest();
    }

    @Override
    public int size() {
        return digester.size();
    }

    @Override
    public byte[] emptyRoot() {
        return emptyRoot.clone();
    }

    @Override
    public byte[] hashLeaf(byte[] data) {
        return digester.update(LEAF_PREFIX).update(data).digest();
    }

    @Override
    public byte[] hashChildren(byte[] left, byte[] right) {
        return digester.update(NODE_PREFIX).update(left).update(right).digest();
    }
}
