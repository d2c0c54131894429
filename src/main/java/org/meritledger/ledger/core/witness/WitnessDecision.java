package org.meritledger.ledger.core.witness;

import org.meritledger.ledger.core.checkpoint.Checkpoint;

/** The outcome of {@link WitnessRules#decide}: cosign, or refuse with an HTTP status and a reason. */
public sealed interface WitnessDecision {

    /** Evidence that the log misbehaved, seen from outside: the alert the witness must raise. */
    enum Alert {
        /** a validly signed checkpoint of the size cosigned before with another root: a fork */
        SAME_SIZE_OTHER_ROOT,
        /** a validly signed larger checkpoint whose consistency proof from the cosigned tree fails */
        INCONSISTENT,
        /** a validly signed checkpoint smaller than the cosigned tree, presented as its successor */
        SMALLER_TREE
    }

    /** All checks passed: record {@code checkpoint} as the latest and cosign it. */
    record Cosign(Checkpoint checkpoint, String signedNote) implements WitnessDecision {}

    /**
     * @param status the tlog-witness HTTP status (400, 403, 404, 409, 422)
     * @param reason a sentence for logs and the response body
     * @param knownSize for 409: the witness's latest cosigned size (the response body), else -1
     * @param alert non-null if the request is evidence of a fork or rewrite
     * @param checkpoint the submitted checkpoint when it parsed and its signature verified, else null
     */
    record Refuse(int status, String reason, long knownSize, Alert alert, Checkpoint checkpoint)
            implements WitnessDecision {}
}
