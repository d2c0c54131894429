package org.meritledger.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the ledger page shows: size, newest checkpoint, the key history and the last
 * verification this node ran. A read model; no entity leaves the service.
 *
 * @param latestCheckpoint null while no checkpoint exists yet
 * @param keys every checkpoint key, oldest first; the last one is in effect
 * @param lastVerification null until this node has run one
 */
public record LedgerOverview(
        long treeSize,
        CheckpointInfo latestCheckpoint,
        List<SigningKeyInfo> keys,
        VerificationReport lastVerification) {

    public Optional<CheckpointInfo> checkpoint() {
        return Optional.ofNullable(latestCheckpoint);
    }

    public Optional<VerificationReport> verification() {
        return Optional.ofNullable(lastVerification);
    }

    /** A signed checkpoint: the exact C2SP signed-note text, to copy into an external verifier. */
    public record CheckpointInfo(long treeSize, String keyId, String note, Instant createdAt) {}

    /**
     * A checkpoint key's public half: it signs checkpoints of size &gt; {@code fromSeq} (the
     * genesis or rotation entry that introduced it) until the next key's {@code fromSeq}.
     */
    public record SigningKeyInfo(String keyId, String verifierKey, long fromSeq, Instant createdAt) {}
}
