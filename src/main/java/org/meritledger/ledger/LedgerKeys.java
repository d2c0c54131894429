package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.meritledger.ledger.core.keystore.Pkcs12Keys;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;
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
 *
 * <p>The first key is stored under the alias {@value #ALIAS}; each key added by a rotation under
 * {@code checkpoint-<key id>}, and old keys are kept, so any node can sign with whichever key the
 * ledger names as in effect. Rewrites are atomic (temporary file, then rename) and serialised by
 * an OS file lock on {@code <keystore>.lock}, so two nodes sharing the file do not lose each
 * other's keys (on network file systems only as far as their locking works).
 */
@ApplicationScoped
public class LedgerKeys {

    private static final Logger LOG = Logger.getLogger(LedgerKeys.class.getName());
    static final String ALIAS = "checkpoint";

    private LedgerSettings settings;

    protected LedgerKeys() {}

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
            throw new IllegalStateException(
                    "cannot read or write the ledger keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The signer for {@code key} if this node's keystore holds its private key, else null. Slow
     * (Bouncy Castle's PKCS#12 takes about a second per entry), so callers cache the result.
     */
    public synchronized NoteSigner signerFor(NoteVerifier key) {
        Path file = settings.keystore();
        if (!Files.exists(file)) {
            return null;
        }
        char[] password = password(file);
        try {
            KeyStore ks = Pkcs12Keys.open(Files.readAllBytes(file), password);
            for (String alias : new String[] {aliasOf(key), ALIAS}) {
                if (ks.containsAlias(alias)) {
                    NoteSigner s = new NoteSigner(key.name(), key.suite(), Pkcs12Keys.load(ks, alias, password));
                    if (s.verifier().equals(key)) {
                        return s;
                    }
                }
            }
            return null;
        } catch (IOException | java.security.KeyStoreException e) {
            throw new IllegalStateException("cannot read the ledger keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Generates a new key pair of {@code suite} and adds it to the keystore, keeping every key
     * already there. The file is replaced atomically and only then is the key returned, so a key
     * the ledger is about to name is always on disk first. A key whose ledger entry then rolls
     * back stays in the file unused, which is harmless.
     */
    public synchronized NoteSigner addKey(String origin, Suite suite, java.util.function.Predicate<String> keyIdTaken) {
        Path file = settings.keystore();
        char[] password = password(file);
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(lockFile)) {
                try {
                    writeOwnerOnly(lockFile, new byte[0]);
                } catch (IOException raced) {
                    // another node created it meanwhile: fine, it is only a lock
                }
            }
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = ch.lock()) {
                KeyStore ks = Files.exists(file)
                        ? Pkcs12Keys.open(Files.readAllBytes(file), password)
                        : Pkcs12Keys.newKeyStore();
                NoteSigner signer;
                java.security.KeyPair pair;
                do { // a 32-bit key id may, very rarely, repeat an earlier key's
                    pair = suite.generateKeyPair(new SecureRandom());
                    signer = new NoteSigner(origin, suite, pair);
                } while (keyIdTaken.test(KeyIds.hex(signer.keyId())) || ks.containsAlias(aliasOf(signer.verifier())));
                Pkcs12Keys.store(ks, aliasOf(signer.verifier()), suite, pair, password);
                replaceAtomically(file, Pkcs12Keys.save(ks, password));
                NoteSigner made = signer;
                LOG.info(() -> "Added " + suite.id() + " checkpoint key " + KeyIds.hex(made.keyId()) + " to " + file);
                return signer;
            }
        } catch (IOException | java.security.KeyStoreException e) {
            throw new IllegalStateException("cannot write the ledger keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The secret for entry tags ({@link org.meritledger.ledger.core.chain.EntryTags}), in
     * {@code ledger-entry-tag.key} beside the keystore (owner-only, Base64): created on first
     * start, never written to the database. Every node writing to one ledger needs the same file,
     * copied like the keystore; a node with another secret finds every tag wrong and holds.
     */
    public synchronized byte[] entryTagKey() {
        Path file = entryTagKeyFile();
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[org.meritledger.ledger.core.chain.EntryTags.KEY_BYTES];
                new SecureRandom().nextBytes(random);
                try {
                    writeOwnerOnly(
                            file, Base64.getEncoder().encodeToString(random).getBytes(StandardCharsets.US_ASCII));
                    LOG.info(() -> "Created the ledger entry tag key " + file + ": back it up with the keystore");
                } catch (IOException raced) {
                    // another node sharing the folder created it first: use that one
                }
            }
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cannot read or write the entry tag key " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the entry tag key exists already (false only at the first start with entry tags). */
    public boolean entryTagKeyExists() {
        return Files.exists(entryTagKeyFile());
    }

    private Path entryTagKeyFile() {
        return settings.keystore().resolveSibling("ledger-entry-tag.key");
    }

    static String aliasOf(NoteVerifier key) {
        return ALIAS + "-" + KeyIds.hex(key.keyId());
    }

    /**
     * Writes a temporary owner-only file beside {@code file}, forces it to disk, and renames it
     * over {@code file}: readers see the old keystore or the new one, never half of one.
     */
    static void replaceAtomically(Path file, byte[] content) throws IOException {
        Path tmp = file.resolveSibling(
                file.getFileName() + ".tmp-" + Long.toUnsignedString(new SecureRandom().nextLong(), 36));
        try {
            writeOwnerOnly(tmp, content);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            // no non-atomic fallback: a half-replaced keystore could lose every key
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private char[] password(Path keystore) {
        var configured = settings.keystorePassword();
        if (configured.isPresent()) {
            return configured.get().toCharArray();
        }
        if (!settings.demo()) {
            throw new IllegalStateException(
                    "merit.ledger.keystore.password (MERIT_LEDGER_KEYSTORE_PASSWORD) is not set: "
                            + "it protects the ledger signing key in " + keystore
                            + " and is required outside demo mode");
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
