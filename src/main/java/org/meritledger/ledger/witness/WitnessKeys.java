package org.meritledger.ledger.witness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.meritledger.ledger.LedgerState;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.keystore.Pkcs12Keys;
import org.meritledger.ledger.core.suite.Suites;

/**
 * This portal's own witness key: Ed25519 (tlog-cosignature), never the ledger's checkpoint key,
 * in its own password-protected PKCS#12 file ({@code merit.witness.keystore.path}, default
 * {@code data/keys/witness.p12}, created 0600 on first use). The password is
 * {@code merit.witness.keystore.password}, else the ledger keystore's; in demo mode only, a
 * random one is generated beside the file, as for the ledger key.
 */
@ApplicationScoped
public class WitnessKeys {

    private static final Logger LOG = Logger.getLogger(WitnessKeys.class.getName());
    static final String ALIAS = "witness";

    @Inject
    WitnessSettings settings;

    @Inject
    LedgerState ledger;

    private volatile Cosigner cosigner;

    /** The cosigner, loaded from the keystore or created there on first use. */
    public synchronized Cosigner cosigner() {
        if (cosigner != null) {
            return cosigner;
        }
        Path file = settings.keystore();
        char[] password = password(file);
        try {
            KeyPair pair;
            if (Files.exists(file)) {
                pair = Pkcs12Keys.load(Pkcs12Keys.open(Files.readAllBytes(file), password), ALIAS, password);
            } else {
                pair = Suites.ED25519_SHA256.generateKeyPair(new SecureRandom());
                KeyStore ks = Pkcs12Keys.newKeyStore();
                Pkcs12Keys.store(ks, ALIAS, Suites.ED25519_SHA256, pair, password);
                writeOwnerOnly(file, Pkcs12Keys.save(ks, password));
                LOG.info(() -> "Created a new witness key in " + file);
            }
            cosigner = new Cosigner(settings.witnessName(ledger.origin()), pair);
            LOG.info(() -> "Witness key: " + cosigner.key().vkey());
            return cosigner;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read or write the witness keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private char[] password(Path keystore) {
        var configured = settings.keystorePassword();
        if (configured.isPresent()) {
            return configured.get().toCharArray();
        }
        if (!settings.demo()) {
            throw new IllegalStateException("merit.witness.keystore.password (or merit.ledger.keystore.password) is not"
                    + " set: it protects the witness key in " + keystore + " and is required outside demo mode");
        }
        Path file = keystore.resolveSibling(keystore.getFileName() + ".password");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                writeOwnerOnly(file, Base64.getEncoder().encodeToString(random).getBytes(StandardCharsets.US_ASCII));
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("refusing to overwrite " + file, e);
        }
        Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
