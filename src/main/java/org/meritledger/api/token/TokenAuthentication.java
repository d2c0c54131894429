package org.meritledger.api.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.security.BearerTokens;

/** The security port for Bearer tokens: a usable token names its account's user name. */
@ApplicationScoped
public class TokenAuthentication implements BearerTokens {

    @Inject
    ApiTokenService tokens;

    @Inject
    Accounts accounts;

    @Override
    @Transactional
    public Optional<String> username(String token) {
        return tokens.accountOf(token).flatMap(accounts::find).map(Account::getUsername);
    }
}
