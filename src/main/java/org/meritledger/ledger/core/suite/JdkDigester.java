package org.meritledger.ledger.core.suite;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import org.meritledger.ledger.core.Digester;

/** A {@link Digester} over a JDK {@link MessageDigest}. */
final class JdkDigester implements Digester {

    private final MessageDigest md;

    private JdkDigester(MessageDigest md) {
        this.md = md;
    }

    /**
     * SHA-256 from the JDK's own SUN provider, asked for by name: if the application registers
     * Bouncy Castle first, a plain {@code getInstance("SHA-256")} would silently pick its pure-Java
     * SHA-256, which is several times slower than the JDK's intrinsified one.
     */
    static JdkDigester sha256() {
        try {
            return new JdkDigester(MessageDigest.getInstance("SHA-256", "SUN"));
        } catch (NoSuchProviderException e) {
            try {
                return new JdkDigester(MessageDigest.getInstance("SHA-256"));
            } catch (NoSuchAlgorithmException e2) {
                throw new CryptoFailureException("no SHA-256 available", e2);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new CryptoFailureException("no SHA-256 in the SUN provider", e);
        }
    }

    @Override
    public int size() {
        return md.getDigestLength();
    }

    @Override
    public Digester update(byte b) {
        md.update(b);
        return this;
    }

    @Override
    public Digester update(byte[] bytes, int offset, int length) {
        md.update(bytes, offset, length);
        return this;
    }

    @Override
    public byte[] digest() {
        return md.digest();
    }
}
