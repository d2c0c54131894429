package org.meritledger.ledger.core.suite;

import org.bouncycastle.crypto.Digest;
import org.meritledger.ledger.core.Digester;

/** A {@link Digester} over a Bouncy Castle lightweight digest (SM3, Streebog: not in the JDK). */
final class BcDigester implements Digester {

    private final Digest digest;

    BcDigester(Digest digest) {
        this.digest = digest;
    }

    @Override
    public int size() {
        return digest.getDigestSize();
    }

    @Override
    public Digester update(byte b) {
        digest.update(b);
        return this;
    }

    @Override
    public Digester update(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
        return this;
    }

    @Override
    public byte[] digest() {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0); // doFinal also resets the digest
        return out;
    }
}
