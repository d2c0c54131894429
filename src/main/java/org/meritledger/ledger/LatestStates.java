package org.meritledger.ledger;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.meritledger.ledger.core.chain.Entry;

/**
 * In a full run, the newest entry of every mirrored subject, gathered while the chain is walked:
 * the domain check then needs no query per record kind (at a million movements that query, a
 * grouped join over the entries, was half the run). The digest kept is the entry's payload hash,
 * which the chain check recomputes for every entry of a full run. Only prefixes of the form
 * {@code kind:} are gathered; others are looked up as before.
 */
final class LatestStates {

    private final Map<String, Map<String, DomainAgreement.Latest>> byPrefix = new HashMap<>();

    LatestStates(Iterable<LedgerMirror> mirrors) {
        for (LedgerMirror m : mirrors) {
            String p = m.subjectPrefix();
            if (p.indexOf(':') == p.length() - 1) {
                byPrefix.put(p, new HashMap<>());
            }
        }
    }

    /** The same entries, each noted on its way past. */
    Iterator<Entry> watching(Iterator<Entry> entries) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Entry next() {
                Entry e = entries.next();
                see(e);
                return e;
            }
        };
    }

    private void see(Entry e) {
        String subject = e.subject();
        int colon = subject == null ? -1 : subject.indexOf(':');
        if (colon < 0) {
            return;
        }
        Map<String, DomainAgreement.Latest> kind = byPrefix.get(subject.substring(0, colon + 1));
        if (kind != null) {
            kind.put(subject, new DomainAgreement.Latest(e.sequence(), e.payloadHash()));
        }
    }

    /** The newest entry per subject of this prefix, or null if it was not gathered. */
    Map<String, DomainAgreement.Latest> of(String prefix) {
        return byPrefix.get(prefix);
    }
}
