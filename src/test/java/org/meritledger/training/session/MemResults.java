package org.meritledger.training.session;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.training.InMemoryTraining;

/** In-memory results for the training tests. */
public final class MemResults implements TrainingResults {
    public final Map<Long, TrainingResult> rows = new LinkedHashMap<>();

    @Override
    public Optional<TrainingResult> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<TrainingResult> findLocked(long id) {
        return find(id);
    }

    private final MemSessions sessions;

    public MemResults(MemSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<TrainingResult> ofSession(long sessionId) {
        return rows.values().stream().filter(r -> r.getSessionId() == sessionId).toList();
    }

    @Override
    public long countOfSession(long sessionId) {
        return rows.values().stream().filter(r -> r.getSessionId() == sessionId).count();
    }

    @Override
    public List<TrainingResult> signedOf(long soldierId) {
        // newest session first, as the database query orders them
        return rows.values().stream()
                .filter(r -> r.getSoldierId() == soldierId && r.isSigned())
                .sorted(Comparator.comparing((TrainingResult r) ->
                                sessions.rows.get(r.getSessionId()).getStartsAt())
                        .thenComparing(TrainingResult::getId)
                        .reversed())
                .toList();
    }

    @Override
    public TrainingResult store(TrainingResult r) {
        if (r.getId() == null) {
            r.assignId(InMemoryTraining.nextId());
        }
        rows.put(r.getId(), r);
        return r;
    }
}
