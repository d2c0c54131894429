package org.meritledger.ledger;

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
import org.meritledger.ledger.core.keystore.Pkcs12Keys;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.suite.Suite;

/**
 * The checkpoint signing key, kept in a password-protected PKCS#12 file on disk and nowhere
 * else: never in the database, never in a log line. Created on first start if the file does not
 * exist.
 *
 * <p>The password comes from {@code merit.ledger.keystore.password}. Only in demo mode may it be
 * missing: then a random one is generated into {@code <keystore>.password}, readable by the
 * owner only (0600), so a demo starts without setup. Outside demo mode a missing password stops
 * the start-up with a message naming the key, because a password written beside the key it
 * protects protects nothing.
 */
@ApplicationScoped
public class LedgerKeys {

    private static final Logger LOG = Logger.getLogger(LedgerKeys.class.getName());
    static final String ALIAS = "checkpoint";

    private LedgerSettings settings;

    protected LedgerKeys() {
    }

    @Inject
    public LedgerKeys(LedgerSettings settings) {
        this.settings = settings;
    }

    /** The signer for {@code origin}: loaded from the keystore, or a new key stored in a new keystore. */
    public synchronized NoteSigner signer(String origin, Suite suite) {
        Path file = settings.keystore();
        char[] password = password(file);
        try {
            KeyPair pair;
            if (Files.exists(file)) {
                KeyStore ks = Pkcs12Keys.open(Files.readAllBytes(file), password);
                pair = Pkcs12Keys.load(ks, ALIAS, password);
            } else {
                pair = suite.generateKeyPair(new SecureRandom());
                KeyStore ks = Pkcs12Keys.newKeyStore();
                Pkcs12Keys.store(ks, ALIAS, suite, pair, password);
                writeOwnerOnly(file, Pkcs12Keys.save(ks, password));
                LOG.info(() -> "Created a new " + suite.id() + " checkpoint signing key in " + file);
            }
            return new NoteSigner(origin, suite, pair);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the ledger keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private char[] password(Path keystore) {
        var configured = settings.keystorePassword();
        if (configured.isPresent()) {
            return configured.get().toCharArray();
        }
        if (!settings.demo()) {
            throw new IllegalStateException("merit.ledger.keystore.password (MERIT_LEDGER_KEYSTORE_PASSWORD) is not set: "
                    + "it protects the ledger signing key in " + keystore + " and is required outside demo mode");
        }
        Path file = keystore.resolveSibling(keystore.getFileName() + ".password");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                writeOwnerOnly(file, Base64.getEncoder().encodeToString(random).getBytes(StandardCharsets.US_ASCII));
                LOG.warning(() -> "Demo mode: generated the ledger keystore password into " + file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates the file with owner-only permissions from the start (no window where others can read it). */
    static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system (Windows): the folder's ACL applies
        } catch (FileAlreadyExistsException e) {
            throw new IOException("refusing to overwrite " + file, e);
        }
        Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
