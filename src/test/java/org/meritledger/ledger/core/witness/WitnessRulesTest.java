package org.meritledger.ledger.core.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.export.MemoryLog;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.ledger.core.witness.WitnessDecision.Alert;
import org.meritledger.ledger.core.witness.WitnessDecision.Cosign;
import org.meritledger.ledger.core.witness.WitnessDecision.Refuse;

/** The tlog-witness add-checkpoint checks: consistent growth is cosigned, every kind of rewrite refused. */
class WitnessRulesTest {

    private final MemoryLog log = new MemoryLog("unit.example/ledger").grow(10);
    private final NoteVerifiers keys = NoteVerifiers.of(log.key().verifier());

    private WitnessDecision submit(long old, List<byte[]> proof, String note, WitnessState state) {
        AddCheckpoint req = AddCheckpoint.parse(new AddCheckpoint(old, proof, note).format());
        return WitnessRules.decide(req, WitnessRules.origin(req), keys, state);
    }

    private WitnessState cosigned(long size) {
        return new WitnessState(size, log.root(size), log.signedCheckpoint(size));
    }

    @Test
    void firstCheckpointAndConsistentGrowthAreCosigned() {
        assertInstanceOf(Cosign.class, submit(0, List.of(), log.signedCheckpoint(10), WitnessState.empty()));
        log.grow(37);
        Cosign c = (Cosign) submit(10, log.consistency(10, 37), log.signedCheckpoint(37), cosigned(10));
        assertEquals(37, c.checkpoint().size());
        // the same checkpoint again is cosigned again (idempotent retries)
        assertInstanceOf(Cosign.class, submit(37, List.of(), log.signedCheckpoint(37), cosigned(37)));
    }

    @Test
    void wrongOldSizeIs409WithTheKnownSize() {
        log.grow(20);
        Refuse r = (Refuse) submit(0, List.of(), log.signedCheckpoint(20), cosigned(10));
        assertEquals(409, r.status());
        assertEquals(10, r.knownSize());
        assertNull(r.alert());
    }

    @Test
    void sameSizeOtherRootIsAForkAlert() {
        MemoryLog fork = new MemoryLog("unit.example/ledger", log.key());
        fork.tier = "MARKSMAN";
        fork.grow(10);
        Refuse r = (Refuse) submit(10, List.of(), fork.signedCheckpoint(10), cosigned(10));
        assertEquals(409, r.status());
        assertEquals(Alert.SAME_SIZE_OTHER_ROOT, r.alert());
    }

    @Test
    void smallerTreeIsRefusedAndAlerts() {
        log.grow(20);
        Refuse r = (Refuse) submit(20, List.of(), log.signedCheckpoint(12), cosigned(20));
        assertEquals(400, r.status());
        assertEquals(Alert.SMALLER_TREE, r.alert());
    }

    @Test
    void rewrittenHistoryWithoutAValidProofIs422AndAlerts() {
        MemoryLog fork = new MemoryLog("unit.example/ledger", log.key());
        fork.tier = "MARKSMAN";
        fork.grow(30);
        List<byte[]> proof = fork.consistency(10, 30); // a proof of the fork, not from what was cosigned
        Refuse r = (Refuse) submit(10, proof, fork.signedCheckpoint(30), cosigned(10));
        assertEquals(422, r.status());
        assertEquals(Alert.INCONSISTENT, r.alert());
        // a truncated genuine proof is refused too
        log.grow(30);
        List<byte[]> cut = new ArrayList<>(log.consistency(10, 30));
        cut.remove(cut.size() - 1);
        assertEquals(422, ((Refuse) submit(10, cut, log.signedCheckpoint(30), cosigned(10))).status());
    }

    @Test
    void unknownOriginAndForeignSignature() {
        MemoryLog other = new MemoryLog("other.example/ledger").grow(3);
        assertEquals(
                404,
                ((Refuse) WitnessRules.decide(
                                AddCheckpoint.parse(
                                        new AddCheckpoint(0, List.of(), other.signedCheckpoint(3)).format()),
                                "other.example/ledger",
                                null,
                                WitnessState.empty()))
                        .status());
        MemoryLog impostor = new MemoryLog("unit.example/ledger").grow(10);
        assertEquals(
                403, ((Refuse) submit(0, List.of(), impostor.signedCheckpoint(10), WitnessState.empty())).status());
    }

    @Test
    void proofFromZeroMustBeEmptyAndBodyIsStrict() {
        assertEquals(
                422,
                ((Refuse) submit(0, log.consistency(3, 10), log.signedCheckpoint(10), WitnessState.empty())).status());
        assertThrows(IllegalArgumentException.class, () -> AddCheckpoint.parse("old 01\n\nx\n"));
        assertThrows(IllegalArgumentException.class, () -> AddCheckpoint.parse("old 1\nnot-base64\n\nx\n"));
        assertThrows(IllegalArgumentException.class, () -> AddCheckpoint.parse("old 1\n"));
    }
}
