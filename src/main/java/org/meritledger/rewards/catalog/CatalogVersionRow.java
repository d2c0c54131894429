package org.meritledger.rewards.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One revision in an item's history: the change, when, by whom ({@code null}: the system), the
 * ledger entry that records it, the terms after it and what differs from the revision before.
 */
public record CatalogVersionRow(
        int revision,
        ChangeKind change,
        Instant changedAt,
        String changedBy,
        long ledgerSeq,
        CatalogTerms terms,
        List<CatalogTerms.Change> changes) {}
