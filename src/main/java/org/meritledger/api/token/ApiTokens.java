package org.meritledger.api.token;

import java.util.List;
import java.util.Optional;

/** Stored API tokens. */
public interface ApiTokens {
    Optional<ApiToken> find(long id);

    Optional<ApiToken> findByHash(String tokenHash);

    /** An account's tokens, newest first. */
    List<ApiToken> ofAccount(long accountId);

    ApiToken store(ApiToken t);
}
