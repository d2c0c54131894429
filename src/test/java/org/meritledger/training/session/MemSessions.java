package org.meritledger.training.session;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.base.PageRequest;
import org.meritledger.training.InMemoryTraining;

/** In-memory sessions for the training tests. */
public final class MemSessions implements TrainingSessions {
    public final Map<Long, TrainingSession> rows = new LinkedHashMap<>();

    @Override
    public Optional<TrainingSession> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<TrainingSession> page(Collection<Long> unitIds, PageRequest page) {
        return rows.values().stream()
                .filter(s -> unitIds == null || unitIds.contains(s.getUnitId()))
                .skip(page.offset())
                .limit(page.limit())
                .toList();
    }

    @Override
    public long count(Collection<Long> unitIds) {
        return rows.values().stream()
                .filter(s -> unitIds == null || unitIds.contains(s.getUnitId()))
                .count();
    }

    @Override
    public TrainingSession store(TrainingSession s) {
        if (s.getId() == null) {
            s.assignId(InMemoryTraining.nextId());
        }
        rows.put(s.getId(), s);
        return s;
    }
}
