package org.meritledger.training.correction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.base.PageRequest;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.session.MemResults;
import org.meritledger.training.session.MemSessions;

/** Corrections and decisions; "pending" joins through results and sessions like the JPA query. */
public final class MemCorrections implements TrainingCorrections {
    public final Map<Long, TrainingCorrection> rows = new LinkedHashMap<>();
    public final Map<Long, CorrectionDecision> decisions = new LinkedHashMap<>();
    private final MemSessions sessions;
    private final MemResults results;

    public MemCorrections(MemSessions sessions, MemResults results) {
        this.sessions = sessions;
        this.results = results;
    }

    @Override
    public Optional<TrainingCorrection> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<TrainingCorrection> ofResults(Collection<Long> resultIds) {
        return rows.values().stream()
                .filter(c -> resultIds.contains(c.getResultId()))
                .toList();
    }

    @Override
    public Map<Long, CorrectionDecision> decisionsOf(Collection<Long> correctionIds) {
        Map<Long, CorrectionDecision> out = new LinkedHashMap<>();
        decisions.values().stream()
                .filter(d -> correctionIds.contains(d.getCorrectionId()))
                .forEach(d -> out.put(d.getCorrectionId(), d));
        return out;
    }

    private java.util.stream.Stream<TrainingCorrection> pendingIn(Collection<Long> unitIds) {
        return rows.values().stream()
                .filter(c -> c.isNeedsApproval() && !decisions.containsKey(c.getId()))
                .filter(c -> unitIds == null
                        || unitIds.contains(sessions.rows
                                .get(results.rows.get(c.getResultId()).getSessionId())
                                .getUnitId()));
    }

    @Override
    public List<TrainingCorrection> pending(Collection<Long> unitIds, PageRequest page) {
        return pendingIn(unitIds).skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public long countPending(Collection<Long> unitIds) {
        return pendingIn(unitIds).count();
    }

    @Override
    public TrainingCorrection store(TrainingCorrection c) {
        c.assignId(InMemoryTraining.nextId());
        rows.put(c.getId(), c);
        return c;
    }

    @Override
    public CorrectionDecision store(CorrectionDecision d) {
        if (decisions.containsKey(d.getCorrectionId())) {
            throw new IllegalStateException("unique key: one decision per correction");
        }
        d.assignId(InMemoryTraining.nextId());
        decisions.put(d.getCorrectionId(), d);
        return d;
    }
}
