package org.meritledger.training.standard;

import java.util.List;
import java.util.Optional;

/** Stored standard versions. */
public interface TrainingStandards {
    Optional<StoredStandard> find(long id);
    /** The newest version of each code. */
    List<StoredStandard> current();

    Optional<StoredStandard> current(String code);

    StoredStandard store(StoredStandard s);
}
