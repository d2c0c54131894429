package org.meritledger.personnel;

import java.util.List;
import java.util.Optional;
import org.meritledger.base.PageRequest;
import org.meritledger.security.Role;

/** User accounts. */
public interface Accounts {
    Optional<Account> find(long id);

    Optional<Account> findByUsername(String username);

    Optional<Account> findBySoldier(long soldierId);

    List<Account> page(String search, PageRequest page);

    long count(String search);

    boolean anyActiveWithRole(Role role);

    Account store(Account account);
}
