package org.meritledger.ledger.witness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meritledger.ledger.core.cosign.CosignerKey;
import org.meritledger.ledger.core.note.NoteVerifier;

/** The witnessing configuration keys (docs/configuration.md, "Witnessing"), checked when read. */
@ApplicationScoped
public class WitnessSettings {

    /** A witness this ledger sends its checkpoints to. */
    public record Target(CosignerKey key, URI submissionPrefix) {
        public URI addCheckpoint() {
            String p = submissionPrefix.toString();
            return URI.create(p.endsWith("/") ? p + "add-checkpoint" : p + "/add-checkpoint");
        }
    }

    @Inject
    @ConfigProperty(name = "merit.ledger.witnesses", defaultValue = " ")
    String witnesses;

    @Inject
    @ConfigProperty(name = "merit.ledger.witness.quorum", defaultValue = "1")
    int quorum;

    @Inject
    @ConfigProperty(name = "merit.ledger.witness.period", defaultValue = "PT1M")
    String period;

    @Inject
    @ConfigProperty(name = "merit.witness.logs", defaultValue = " ")
    String logs;

    @Inject
    @ConfigProperty(name = "merit.witness.name")
    Optional<String> name;

    @Inject
    @ConfigProperty(name = "merit.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "merit.witness.keystore.path")
    Optional<String> keystorePath;

    @Inject
    @ConfigProperty(name = "merit.witness.keystore.password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "merit.ledger.keystore.password")
    Optional<String> ledgerKeystorePassword;

    @Inject
    @ConfigProperty(name = "merit.demo", defaultValue = "false")
    boolean demo;

    /** {@code merit.ledger.witnesses}: comma-separated {@code <witness vkey>|<submission URL prefix>}. */
    public List<Target> targets() {
        List<Target> out = new ArrayList<>();
        for (String item : witnesses.split(",")) {
            String t = item.strip();
            if (t.isEmpty()) {
                continue;
            }
            int bar = t.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException(
                        "merit.ledger.witnesses: each witness is <verifier key>|<URL>, got " + t);
            }
            URI url = URI.create(t.substring(bar + 1).strip());
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("merit.ledger.witnesses: not an http(s) URL: " + url);
            }
            out.add(new Target(CosignerKey.parse(t.substring(0, bar)), url));
        }
        return out;
    }

    public List<CosignerKey> witnessKeys() {
        return targets().stream().map(Target::key).toList();
    }

    /** Cosignatures a checkpoint needs to count as witnessed (at most the number of witnesses). */
    public int quorum() {
        int n = targets().size();
        if (quorum < 1) {
            throw new IllegalArgumentException("merit.ledger.witness.quorum must be at least 1");
        }
        return Math.min(quorum, n);
    }

    public Duration period() {
        Duration d = Duration.parse(period);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("merit.ledger.witness.period must be positive");
        }
        return d;
    }

    /** {@code merit.witness.logs}: comma-separated verifier keys of the logs this portal witnesses. */
    public List<NoteVerifier> witnessedLogKeys() {
        List<NoteVerifier> out = new ArrayList<>();
        for (String item : logs.split(",")) {
            if (!item.isBlank()) {
                out.add(NoteVerifier.parse(item.strip()));
            }
        }
        return out;
    }

    /** This portal's witness key name; by default the ledger origin with {@code /witness} appended. */
    public String witnessName(String origin) {
        return name.filter(n -> !n.isBlank()).orElse(origin + "/witness");
    }

    public Path keystore() {
        return keystorePath
                .filter(p -> !p.isBlank())
                .map(Path::of)
                .orElse(Path.of(dataDir, "keys", "witness.p12"))
                .toAbsolutePath();
    }

    public Optional<String> keystorePassword() {
        return keystorePassword.filter(p -> !p.isEmpty()).or(() -> ledgerKeystorePassword.filter(p -> !p.isEmpty()));
    }

    public boolean demo() {
        return demo;
    }

    /** Where the witness keeps its file copy of what it cosigned. */
    public Path stateDir() {
        return Path.of(dataDir, "witness").toAbsolutePath();
    }
}
