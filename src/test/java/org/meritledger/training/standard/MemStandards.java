package org.meritledger.training.standard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.training.InMemoryTraining;

/** In-memory standard versions for the training tests. */
public final class MemStandards implements TrainingStandards {
    public final Map<Long, StoredStandard> rows = new LinkedHashMap<>();

    @Override
    public Optional<StoredStandard> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<StoredStandard> current() {
        Map<String, StoredStandard> newest = new LinkedHashMap<>();
        rows.values().forEach(s -> newest.merge(s.getCode(), s, (a, b) -> a.getVersion() > b.getVersion() ? a : b));
        return new ArrayList<>(newest.values());
    }

    @Override
    public Optional<StoredStandard> current(String code) {
        return rows.values().stream()
                .filter(s -> s.getCode().equals(code))
                .max(Comparator.comparingInt(StoredStandard::getVersion));
    }

    @Override
    public StoredStandard store(StoredStandard s) {
        s.assignId(InMemoryTraining.nextId());
        rows.put(s.getId(), s);
        return s;
    }
}
