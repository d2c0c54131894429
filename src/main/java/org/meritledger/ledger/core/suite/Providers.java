package org.meritledger.ledger.core.suite;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance the core uses.
 *
 * <p>It is passed explicitly to every {@code getInstance} call instead of being registered with
 * {@code Security.addProvider}: the core must not change global JCA state inside an application
 * server, and asking by instance also guarantees we get Bouncy Castle's implementation.
 */
public final class Providers {

    private static final Provider BC = new BouncyCastleProvider();

    private Providers() {}

    public static Provider bouncyCastle() {
        return BC;
    }
}
