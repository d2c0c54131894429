package org.meritledger.api.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meritledger.base.Checks;
import org.meritledger.base.NotFoundException;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;

/**
 * The caller's own API tokens: create (the token is returned this once), list, revoke. Every
 * account may hold tokens; a token can do exactly what its account can do in the portal.
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    public static final int MAX_DAYS = 365;

    /** A new token: its list row and the token text, which is not stored anywhere. */
    public record Issued(TokenRow row, String token) {}

    private ApiTokens tokens;
    private CallerProvider callers;
    private Clock clock;

    protected ApiTokenService() {}

    @Inject
    public ApiTokenService(ApiTokens tokens, CallerProvider callers, Clock clock) {
        this.tokens = tokens;
        this.callers = callers;
        this.clock = clock;
    }

    public Issued create(String name, Integer days) {
        Caller caller = callers.require();
        Checks checks = new Checks();
        String n = checks.text("name", name, 80);
        if (checks.required("days", days) != null && (days < 1 || days > MAX_DAYS)) {
            checks.fail("days", "token.days.range", 1, MAX_DAYS);
        }
        checks.throwIfAny();
        String token = TokenSecrets.newToken();
        Instant now = clock.instant();
        ApiToken t = tokens.store(new ApiToken(
                caller.accountId(),
                n,
                TokenSecrets.hash(token),
                TokenSecrets.displayPrefix(token),
                now,
                now.plus(Duration.ofDays(days))));
        return new Issued(TokenRow.of(t), token);
    }

    public List<TokenRow> mine() {
        Caller caller = callers.require();
        return tokens.ofAccount(caller.accountId()).stream().map(TokenRow::of).toList();
    }

    /** Revokes one of the caller's own tokens; another account's token is "not found". */
    public TokenRow revoke(long id) {
        Caller caller = callers.require();
        ApiToken t = tokens.find(id)
                .filter(x -> x.getAccountId() == caller.accountId())
                .orElseThrow(() -> new NotFoundException("token " + id));
        t.revoke(clock.instant());
        return TokenRow.of(tokens.store(t));
    }

    /**
     * The account id of a usable token; records when it was last used (at most once a minute,
     * so reading the API does not write on every request).
     */
    Optional<Long> accountOf(String token) {
        if (!TokenSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByHash(TokenSecrets.hash(token)).filter(t -> t.usableAt(now));
        found.ifPresent(t -> {
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minusSeconds(60))) {
                t.usedAt(now);
                tokens.store(t);
            }
        });
        return found.map(ApiToken::getAccountId);
    }
}
