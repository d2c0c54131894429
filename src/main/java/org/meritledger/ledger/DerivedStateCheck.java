package org.meritledger.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import org.meritledger.ledger.core.chain.Failure;

/**
 * A stored value a feature derives from its mirrored rows for speed (a cache, e.g. a token
 * balance) that must still equal what it is derived from. Verification runs these after every
 * {@link LedgerMirror} agreed, so the rows are known to say what the ledger says and the cache
 * may be checked against the rows; like mirrors, implementations read with plain SQL on the
 * connection given, under the head lock.
 */
public interface DerivedStateCheck {

    /**
     * @param size the verified ledger size (entries below it)
     * @return the first disagreement, pinpointed to the entry it concerns, or null
     */
    Failure check(Connection c, long size) throws SQLException;

    /**
     * Whether this check re-derives from the whole ledger (e.g. a replay from the first entry)
     * and so runs only in full verifications, not in the incremental runs between them.
     */
    default boolean fullRunsOnly() {
        return false;
    }
}
