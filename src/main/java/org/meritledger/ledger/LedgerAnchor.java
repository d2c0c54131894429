package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.note.Note;

/**
 * This node's memory of the newest checkpoint it signed, kept outside the database (docs/ledger.md
 * "Rollback and the anchor file"): the exact signed note, in {@code ledger-anchor.<host>.note}
 * beside the keystore, replaced atomically after every checkpoint. Verification treats a ledger
 * that does not contain that checkpoint (fewer entries, or another root at its size) as failed,
 * so a consistent rollback of the database (entries, nodes, checkpoints and head all moved back)
 * is found although everything left in the database is self-consistent.
 */
@ApplicationScoped
public class LedgerAnchor {

    private static final Logger LOG = Logger.getLogger(LedgerAnchor.class.getName());

    @Inject
    LedgerSettings settings;

    @Inject
    LedgerState state;

    private volatile long writtenSize = -1;

    /** The anchored signed checkpoint note, if this node has signed one. */
    public synchronized Optional<String> note() {
        Path f = file();
        try {
            return Files.exists(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the ledger anchor " + f + ": " + e.getMessage(), e);
        }
    }

    /** The anchored tree size, or 0 without an anchor. */
    public long size() {
        return note().map(LedgerAnchor::sizeOf).orElse(0L);
    }

    /** Records a checkpoint this node just signed, unless the anchor already holds a larger one. */
    synchronized void record(long size, String signedNote) {
        if (size <= writtenSize) {
            return;
        }
        if (writtenSize < 0 && size() >= size) {
            return;
        }
        replace(signedNote);
        writtenSize = size;
    }

    /** Replaces the anchor whatever it held: only for an accepted restore. */
    synchronized void reset(String signedNote) {
        replace(signedNote);
        writtenSize = sizeOf(signedNote);
        LOG.warning(() -> "Ledger anchor reset to the checkpoint of size " + writtenSize + " (restore accepted)");
    }

    static long sizeOf(String signedNote) {
        try {
            return Checkpoint.parse(Note.parse(signedNote).text()).size();
        } catch (Exception e) {
            throw new IllegalStateException("the ledger anchor is not a signed checkpoint: " + e.getMessage(), e);
        }
    }

    private void replace(String signedNote) {
        Path f = file();
        try {
            Files.createDirectories(f.getParent());
            if (!Files.exists(f)) {
                LedgerKeys.writeOwnerOnly(f, signedNote.getBytes(StandardCharsets.UTF_8));
            } else {
                LedgerKeys.replaceAtomically(f, signedNote.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // not fatal for the checkpoint (it is in the database); the next one writes again
            LOG.warning(() -> "Could not write the ledger anchor " + f + ": " + e.getMessage());
        }
    }

    /**
     * Per node (several nodes may share one keys folder, each keeps its own anchor) and per ledger
     * (named by its genesis entry hash, so a data folder reused for a new ledger does not hold it
     * to another ledger's anchor).
     */
    Path file() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "_");
        } catch (IOException e) {
            host = "node";
        }
        return settings.keystore()
                .resolveSibling(
                        "ledger-anchor." + host + "." + state.genesisHash().substring(0, 16) + ".note");
    }
}
