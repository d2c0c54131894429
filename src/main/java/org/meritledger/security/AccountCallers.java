package org.meritledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Turns a logged-in user name into a {@link Caller}, reading the account afresh each time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountCallers {

    @Inject
    LoginAccounts accounts;

    /** The caller for an active account; empty for an unknown or deactivated one. */
    public Optional<Caller> activeCaller(String username) {
        return accounts.byUsername(username)
                .filter(LoginAccounts.LoginAccount::active)
                .map(a -> new Caller(a.id(), a.username(), a.roles(), a.soldierId(), a.commandedUnitIds()));
    }
}
