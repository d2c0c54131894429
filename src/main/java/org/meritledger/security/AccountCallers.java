package org.meritledger.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Turns a logged-in user name into a {@link Caller}, reading the account afresh for each
 * transaction. Within one transaction the answer is kept: every ledger entry names its actor, and
 * an award to a platoon appends forty entries, which would otherwise read the account, its roles
 * and its units forty times. A change to the account takes effect from the caller's next
 * transaction, as it would if it had been committed a moment later.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountCallers {

    @Inject
    LoginAccounts accounts;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The caller for an active account; empty for an unknown or deactivated one. */
    @SuppressWarnings("unchecked")
    public Optional<Caller> activeCaller(String username) {
        boolean inTransaction = transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        String key = AccountCallers.class.getName() + ":" + username;
        if (inTransaction) {
            Object kept = transactions.getResource(key);
            if (kept != null) {
                return (Optional<Caller>) kept;
            }
        }
        Optional<Caller> caller = accounts.byUsername(username)
                .filter(LoginAccounts.LoginAccount::active)
                .map(a -> new Caller(a.id(), a.username(), a.roles(), a.soldierId(), a.commandedUnitIds()));
        if (inTransaction) {
            transactions.putResource(key, caller);
        }
        return caller;
    }
}
