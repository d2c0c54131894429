package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.suite.Suite;

/**
 * What the genesis entry fixed for this ledger (suite, origin, first key) and the signer this
 * node holds. Set once at start-up by {@link LedgerStartup}; read by every append.
 */
@ApplicationScoped
public class LedgerState {

    private volatile Suite suite;
    private volatile String origin;
    private volatile NoteVerifier chainKey;
    private volatile NoteSigner signer;

    void set(Suite s, String o, NoteVerifier key, NoteSigner nodeSigner) {
        this.origin = o;
        this.chainKey = key;
        this.signer = nodeSigner;
        this.suite = s;
    }

    public boolean started() {
        return suite != null;
    }

    public Suite suite() {
        Suite s = suite;
        if (s == null) {
            throw new IllegalStateException("the ledger has not started yet");
        }
        return s;
    }

    public String origin() {
        suite();
        return origin;
    }

    /** The checkpoint key in effect according to the chain. */
    public NoteVerifier chainKey() {
        suite();
        return chainKey;
    }

    /** This node's signer, or null if its keystore does not hold the key in effect. */
    NoteSigner signer() {
        NoteSigner s = signer;
        return s != null && chainKey != null && s.verifier().equals(chainKey) ? s : null;
    }
}
