package org.meritledger.rewards.category;

import java.util.List;
import java.util.Optional;

/** Stored categories (a short list: read whole). */
public interface Categories {
    List<Category> all();

    Optional<Category> find(long id);

    Optional<Category> findByCode(String code);

    Category add(Category c);
}
