package org.meritledger.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.meritledger.ledger.LedgerAppend;

/** In TrustIT only: grows the ledger by plain entries (no domain record), one transaction per call. */
@ApplicationScoped
public class TrustTestAppends {

    @Inject
    LedgerAppend ledger;

    @Transactional
    public long append(int count, String tag) {
        long last = -1;
        for (int i = 0; i < count; i++) {
            last = ledger.append("test.trust", null, Map.of("tag", tag, "n", (long) i));
        }
        return last;
    }
}
