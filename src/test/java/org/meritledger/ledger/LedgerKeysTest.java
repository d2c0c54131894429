package org.meritledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.suite.Suites;

/** The keystore rules: created once and reused, owner-only files, no silent password outside demo mode. */
class LedgerKeysTest {

    @TempDir
    Path dir;

    private LedgerSettings settings(boolean demo, String password) {
        LedgerSettings s = new LedgerSettings();
        s.dataDir = dir.toString();
        s.keystorePath = Optional.empty();
        s.keystorePassword = Optional.ofNullable(password);
        s.demo = demo;
        return s;
    }

    @Test
    void demoModeGeneratesAKeyAndAPasswordFileBothOwnerOnlyAndReusesThem() throws Exception {
        LedgerKeys keys = new LedgerKeys(settings(true, null));
        NoteSigner first = keys.signer("example.org/ledger", Suites.defaultSuite());
        Path store = dir.resolve("keys/ledger.p12");
        Path pw = dir.resolve("keys/ledger.p12.password");
        assertTrue(Files.isRegularFile(store));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pw)));
        NoteSigner again = new LedgerKeys(settings(true, null)).signer("example.org/ledger", Suites.defaultSuite());
        assertEquals(first.verifier(), again.verifier(), "the same key after a restart");
    }

    @Test
    void outsideDemoModeAMissingPasswordStopsTheStartWithTheKeyName() {
        LedgerKeys keys = new LedgerKeys(settings(false, null));
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> keys.signer("example.org/ledger", Suites.defaultSuite()));
        assertTrue(e.getMessage().contains("merit.ledger.keystore.password"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("keys/ledger.p12")), "nothing is created");
    }

    @Test
    void aConfiguredPasswordOpensTheKeystoreAndAWrongOneDoesNot() {
        NoteSigner made = new LedgerKeys(settings(false, "correct horse battery")).signer("o/l", Suites.SM2_SM3);
        NoteSigner read = new LedgerKeys(settings(false, "correct horse battery")).signer("o/l", Suites.SM2_SM3);
        assertEquals(made.verifier(), read.verifier());
        assertFalse(Files.exists(dir.resolve("keys/ledger.p12.password")), "no password file when one is configured");
        assertThrows(
                RuntimeException.class, () -> new LedgerKeys(settings(false, "wrong")).signer("o/l", Suites.SM2_SM3));
    }

    @Test
    void rotationKeysAreAddedBesideTheOldOnesAndFoundByKeyId() throws Exception {
        LedgerKeys keys = new LedgerKeys(settings(false, "pw"));
        NoteSigner first = keys.signer("o/l", Suites.defaultSuite());
        NoteSigner second = keys.addKey("o/l", Suites.defaultSuite(), id -> false);
        NoteSigner third = keys.addKey("o/l", Suites.defaultSuite(), id -> false);

        LedgerKeys restarted = new LedgerKeys(settings(false, "pw"));
        for (NoteSigner s : java.util.List.of(first, second, third)) {
            NoteSigner loaded = restarted.signerFor(s.verifier());
            assertEquals(s.verifier(), loaded.verifier());
            byte[] text = "check\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(s.verifier().verify(text, loaded.sign(text).signature()), "the private key came back too");
        }
        NoteSigner stranger = new NoteSigner(
                "o/l", Suites.defaultSuite(), Suites.defaultSuite().generateKeyPair());
        assertEquals(null, restarted.signerFor(stranger.verifier()));
        assertEquals(
                first.verifier(),
                restarted.signer("o/l", Suites.defaultSuite()).verifier(),
                "start-up still loads the first key");

        Path store = dir.resolve("keys/ledger.p12");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys/ledger.p12.lock"))));
        try (var files = Files.list(dir.resolve("keys"))) {
            assertEquals(
                    java.util.Set.of("ledger.p12", "ledger.p12.lock"),
                    files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "no temporary file left behind");
        }
    }

    @Test
    void aKeyIdAlreadyInTheLedgerIsNotReused() {
        LedgerKeys keys = new LedgerKeys(settings(false, "pw"));
        java.util.List<String> asked = new java.util.ArrayList<>();
        NoteSigner made = keys.addKey("o/l", Suites.defaultSuite(), id -> {
            asked.add(id);
            return asked.size() == 1; // the first candidate's id "is taken"
        });
        assertEquals(2, asked.size());
        assertEquals(asked.get(1), org.meritledger.ledger.core.note.KeyIds.hex(made.keyId()));
    }

    @Test
    void verificationPeriodsMustBePositiveIsoDurations() {
        assertEquals(java.time.Duration.ofMinutes(1), LedgerSettings.positive("k", "PT1M"));
        assertThrows(IllegalArgumentException.class, () -> LedgerSettings.positive("k", "1 minute"));
        assertThrows(IllegalArgumentException.class, () -> LedgerSettings.positive("k", "PT0S"));
    }
}
