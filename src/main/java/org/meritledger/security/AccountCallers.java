package org.meritledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.meritledger.personnel.Accounts;

/** Turns a logged-in user name into a {@link Caller}, reading the account afresh each time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountCallers {

    @Inject
    Accounts accounts;

    /** The caller for an active account; empty for an unknown or deactivated one. */
    public Optional<Caller> activeCaller(String username) {
        return accounts.findByUsername(username)
                .filter(a -> a.isActive())
                .map(a -> new Caller(
                        a.getId(), a.getUsername(), a.getRoles(), a.getSoldierId(), a.getCommandedUnitIds()));
    }
}
