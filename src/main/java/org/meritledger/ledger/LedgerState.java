package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.suite.Suite;

/**
 * What the genesis entry fixed for this ledger (suite, origin) and the signing keys this node
 * holds. Set once at start-up by {@link LedgerStartup}; read by every append. Which key is in
 * effect is not kept here: after a rotation on any node it is the newest ledger_signing_key row
 * (see {@link CheckpointWriter}), and this node looks its private key up in the keystore once.
 */
@ApplicationScoped
public class LedgerState {

    /** How long a key found missing from the keystore is not looked for again (the file may be copied in). */
    private static final long RETRY_MISSING_NANOS = 60_000_000_000L;

    @Inject
    LedgerKeys keys;

    private volatile Suite suite;
    private volatile String origin;
    private volatile String genesisHash;
    private volatile org.meritledger.ledger.core.chain.EntryTags tags;
    private final Map<NoteVerifier, NoteSigner> signers = new ConcurrentHashMap<>();
    private final Map<NoteVerifier, Long> missing = new ConcurrentHashMap<>();

    void set(Suite s, String o, NoteSigner nodeSigner) {
        this.origin = o;
        if (nodeSigner != null) {
            remember(nodeSigner);
        }
        this.suite = s;
    }

    /** Set at start-up, before the first append: every entry this node writes is tagged. */
    void tags(org.meritledger.ledger.core.chain.EntryTags t) {
        this.tags = t;
    }

    /** The entry tag key of this node (see docs/ledger-format.md "Entry tags"). */
    public org.meritledger.ledger.core.chain.EntryTags tags() {
        org.meritledger.ledger.core.chain.EntryTags t = tags;
        if (t == null) {
            throw new IllegalStateException("the ledger has not started yet");
        }
        return t;
    }

    /** Set at start-up: the hex entry hash of entry 0, which names this ledger. */
    void genesisHash(String hex) {
        this.genesisHash = hex;
    }

    public String genesisHash() {
        String g = genesisHash;
        if (g == null) {
            throw new IllegalStateException("the ledger has not started yet");
        }
        return g;
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

    /** A signer this node made or loaded (a new rotation key, before its entry commits). */
    void remember(NoteSigner signer) {
        signers.put(signer.verifier(), signer);
        missing.remove(signer.verifier());
    }

    /** This node's signer for {@code key}, from memory or else the keystore; null if it does not hold it. */
    NoteSigner signerFor(NoteVerifier key) {
        NoteSigner s = signers.get(key);
        if (s != null) {
            return s;
        }
        Long since = missing.get(key);
        if (since != null && System.nanoTime() - since < RETRY_MISSING_NANOS) {
            return null;
        }
        s = keys.signerFor(key);
        if (s == null) {
            missing.put(key, System.nanoTime());
            return null;
        }
        remember(s);
        return s;
    }
}
