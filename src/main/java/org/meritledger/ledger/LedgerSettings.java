package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The ledger's configuration keys (docs/configuration.md, "Ledger" rows), read once. */
@ApplicationScoped
public class LedgerSettings {

    @Inject
    @ConfigProperty(name = "merit.ledger.origin", defaultValue = "meritledger.local/ledger")
    String origin;

    @Inject
    @ConfigProperty(name = "merit.ledger.suite", defaultValue = "ed25519-sha256")
    String suite;

    @Inject
    @ConfigProperty(name = "merit.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "merit.ledger.keystore.path")
    Optional<String> keystorePath;

    @Inject
    @ConfigProperty(name = "merit.ledger.keystore.password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "merit.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "merit.ledger.verify.period", defaultValue = "PT1M")
    String verifyPeriod;

    @Inject
    @ConfigProperty(name = "merit.ledger.verify.full-period", defaultValue = "PT24H")
    String fullVerifyPeriod;

    @Inject
    @ConfigProperty(name = "merit.ledger.verify.bound", defaultValue = "PT1H")
    String verifyBound;

    /**
     * The longest time tampering anywhere in the ledger may go unnoticed: the background
     * re-verification covers every entry, node, tag and checkpoint at least this often.
     */
    public Duration verifyBound() {
        return positive("merit.ledger.verify.bound", verifyBound);
    }

    /** Origin line of checkpoints and name of the signing key; fixed by the genesis entry. */
    public String origin() {
        return origin;
    }

    /** Crypto suite id for a NEW ledger; an existing ledger keeps the suite of its genesis entry. */
    public String suite() {
        return suite;
    }

    public Path keystore() {
        return keystorePath
                .filter(p -> !p.isBlank())
                .map(Path::of)
                .orElse(Path.of(dataDir, "keys", "ledger.p12"))
                .toAbsolutePath();
    }

    public Optional<String> keystorePassword() {
        return keystorePassword.filter(p -> !p.isEmpty());
    }

    public boolean demo() {
        return demo;
    }

    public Duration verifyPeriod() {
        return positive("merit.ledger.verify.period", verifyPeriod);
    }

    public Duration fullVerifyPeriod() {
        return positive("merit.ledger.verify.full-period", fullVerifyPeriod);
    }

    static Duration positive(String key, String text) {
        Duration d;
        try {
            d = Duration.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT1M, got " + text);
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, got " + text);
        }
        return d;
    }
}
