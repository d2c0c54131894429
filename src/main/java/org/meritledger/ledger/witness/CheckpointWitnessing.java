package org.meritledger.ledger.witness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.meritledger.ledger.core.cosign.Cosignatures;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.MalformedNoteException;

/**
 * Sends this ledger's newest checkpoint to each configured witness (C2SP tlog-witness): with the
 * consistency proof from the size the witness last cosigned, learning that size from a 409 when
 * it is not known (the first contact starts at 0, as the specification allows). Returned lines
 * are kept only if they verify as cosignatures of that witness's key on that checkpoint. No
 * transaction is held during the HTTP calls.
 */
@ApplicationScoped
public class CheckpointWitnessing {

    private static final Logger LOG = Logger.getLogger(CheckpointWitnessing.class.getName());

    @Inject
    WitnessSettings settings;

    @Inject
    CosignedCheckpoints checkpoints;

    @Inject
    WitnessProgress progress;

    @Inject
    Clock clock;

    private final WitnessClient client = new WitnessClient();

    /** How one submission went. */
    public record Outcome(String witness, long treeSize, boolean cosigned, long witnessSize, String problem) {}

    /** Submits the newest checkpoint to every configured witness. */
    public List<Outcome> submitAll() {
        List<Outcome> out = new ArrayList<>();
        for (WitnessSettings.Target t : settings.targets()) {
            out.add(submit(t));
        }
        return out;
    }

    public Outcome submit(WitnessSettings.Target t) {
        String label = t.key().label();
        var latest = checkpoints.latest();
        if (latest.isEmpty()) {
            return new Outcome(label, 0, false, 0, "no checkpoint yet");
        }
        CosignedCheckpoints.View cp = latest.get();
        String vkey = t.key().vkey();
        long known = progress.knownSize(vkey);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (known > cp.treeSize()) {
                return fail(
                        t,
                        cp,
                        known,
                        "the witness has cosigned a larger tree (" + known + ") than this ledger's"
                                + " newest checkpoint (" + cp.treeSize() + "): was the database restored?");
            }
            List<byte[]> proof =
                    known > 0 && known < cp.treeSize() ? checkpoints.consistencyProof(known, cp.treeSize()) : List.of();
            WitnessClient.Reply reply;
            try {
                reply = client.addCheckpoint(t, known, proof, cp.note());
            } catch (IOException e) {
                return fail(t, cp, known, "witness unreachable: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail(t, cp, known, "interrupted");
            }
            if (reply.status() == 200) {
                int stored = storeCosignatures(t, cp, reply.body());
                if (stored < 0) {
                    return fail(t, cp, known, "the witness answered without a valid cosignature by " + label);
                }
                progress.success(vkey, cp.treeSize(), clock.instant());
                return new Outcome(label, cp.treeSize(), true, cp.treeSize(), null);
            }
            if (reply.status() == 409 && reply.contentType().startsWith("text/x.tlog.size")) {
                try {
                    long size = Long.parseLong(reply.body().strip());
                    if (size == known) {
                        return fail(
                                t,
                                cp,
                                known,
                                "the witness refuses size " + cp.treeSize() + " at its size " + size
                                        + ": it has cosigned another tree of that size (a fork?)");
                    }
                    known = size;
                    progress.known(vkey, known);
                    continue;
                } catch (NumberFormatException e) {
                    return fail(t, cp, known, "409 without a tree size");
                }
            }
            return fail(
                    t, cp, known, "HTTP " + reply.status() + ": " + reply.body().strip());
        }
        return fail(t, cp, known, "the witness kept answering 409");
    }

    /** Verifies and stores each cosignature line; returns how many are valid, or −1 if none is. */
    private int storeCosignatures(WitnessSettings.Target t, CosignedCheckpoints.View cp, String body) {
        int valid = 0;
        Instant now = clock.instant();
        for (String line : body.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Cosignatures c = Cosignatures.of(cp.note() + line + "\n", null, List.of(t.key()));
                if (c.bad() == null && c.valid().size() == 1) {
                    var w = c.valid().get(0);
                    checkpoints.store(
                            cp.id(),
                            new CosignedCheckpoints.Cosig(
                                    w.witness().name(),
                                    KeyIds.hex(w.witness().keyId()),
                                    Instant.ofEpochSecond(w.timestamp()),
                                    line),
                            now);
                    valid++;
                }
            } catch (MalformedNoteException e) {
                // not a signature line: ignored, as unknown signatures are
            }
        }
        return valid == 0 ? -1 : valid;
    }

    private Outcome fail(WitnessSettings.Target t, CosignedCheckpoints.View cp, long known, String problem) {
        LOG.warning(() -> "Witness " + t.key().label() + " at " + t.submissionPrefix() + " did not cosign size "
                + cp.treeSize() + ": " + problem);
        progress.failure(t.key().vkey(), problem, clock.instant());
        return new Outcome(t.key().label(), cp.treeSize(), false, known, problem);
    }
}
