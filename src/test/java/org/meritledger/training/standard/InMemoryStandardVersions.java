package org.meritledger.training.standard;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.meritledger.training.InMemoryTraining;

/** Versions straight from {@link InMemoryTraining}'s standards; the in-memory ledger records no actor. */
public final class InMemoryStandardVersions implements StandardVersions {

    private final InMemoryTraining t;

    public InMemoryStandardVersions(InMemoryTraining t) {
        this.t = t;
    }

    @Override
    public List<StoredStandard> versions(String code) {
        return t.standards.rows.values().stream()
                .filter(s -> s.getCode().equals(code))
                .sorted(Comparator.comparingInt(StoredStandard::getVersion))
                .toList();
    }

    @Override
    public Optional<Long> recordedBy(long standardId) {
        return Optional.empty();
    }

    public StandardAdminService service() {
        return new StandardAdminService(t.standards, this, t.p.accounts, t.p.callers, t.ledger, t.p.clock);
    }
}
