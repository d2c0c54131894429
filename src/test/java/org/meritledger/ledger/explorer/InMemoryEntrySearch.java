package org.meritledger.ledger.explorer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entries in a list, filtered by {@link EntryFilter#matches}: the rule the SQL must also follow. */
public class InMemoryEntrySearch implements EntrySearch {

    public final List<EntrySummary> entries = new ArrayList<>();
    public long checkpointSize;

    public InMemoryEntrySearch(int n) {
        Instant t0 = Instant.parse("2026-11-01T08:00:00Z");
        for (int i = 0; i < n; i++) {
            String type =
                    i == 0 ? "ledger.genesis" : i % 3 == 0 ? "training.result.signed" : "personnel.soldier.created";
            String subject = i == 0 ? null : "soldier:" + (i % 10);
            entries.add(new EntrySummary(
                    i, t0.plusSeconds(60L * i), type, i == 0 ? null : 7L, i == 0 ? null : "ADMIN", subject));
        }
        checkpointSize = n;
    }

    @Override
    public List<EntrySummary> page(EntryFilter f, int offset, int limit) {
        List<EntrySummary> newestFirst = new ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream()
                .filter(e -> f.matches(e.sequence(), e.timestamp(), e.type(), e.actorAccountId(), e.subject()))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public long size() {
        return entries.size();
    }

    @Override
    public List<EntrySummary> ofSubject(String subject, int limit) {
        return entries.stream()
                .filter(e -> subject.equals(e.subject()))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<CoveringCheckpoint> firstCovering(long seq) {
        return seq < checkpointSize
                ? Optional.of(new CoveringCheckpoint(
                        checkpointSize, "ab".repeat(32), "0a1b2c3d", Instant.parse("2026-11-02T00:00:00Z")))
                : Optional.empty();
    }
}
