package org.meritledger.ledger.witness;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.witness.WitnessState;

/**
 * The witness's second copy of what it cosigned, one small file per log outside the database
 * ({@code data/witness/<sha256(origin)>.state}: origin, size, root hex). A database
 * administrator who rolls the state row back (to make this witness cosign a fork) is caught by
 * it, and a lost file is rebuilt from the database. Written atomically (temporary file, forced to
 * disk, renamed).
 */
final class WitnessStateFile {

    private final Path dir;

    WitnessStateFile(Path dir) {
        this.dir = dir;
    }

    private Path file(String origin) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(Bytes.hex(h) + ".state");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state last written for {@code origin}, or empty if there is no file. */
    WitnessState read(String origin) throws IOException {
        Path f = file(origin);
        if (!Files.exists(f)) {
            return WitnessState.empty();
        }
        String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\n");
        if (lines.length < 3 || !lines[0].equals(origin)) {
            throw new IOException("witness state file " + f + " is not for " + origin);
        }
        return new WitnessState(Long.parseLong(lines[1]), Bytes.fromHex(lines[2]), null);
    }

    void write(String origin, long size, byte[] root) throws IOException {
        Files.createDirectories(dir);
        Path f = file(origin);
        Path tmp = dir.resolve(f.getFileName() + ".tmp-" + Long.toUnsignedString(new SecureRandom().nextLong(), 36));
        try {
            Files.writeString(tmp, origin + "\n" + size + "\n" + Bytes.hex(root) + "\n", StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
