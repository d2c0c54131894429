package org.meritledger.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.meritledger.api.token.ApiTokenService;
import org.meritledger.api.token.ApiTokens;
import org.meritledger.devices.DeviceDraft;
import org.meritledger.devices.DeviceRow;
import org.meritledger.devices.DeviceService;
import org.meritledger.devices.DraftLines;
import org.meritledger.devices.RangeDevices;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.security.AccountCallers;
import org.meritledger.security.CallerProvider;

/**
 * ApiIT's way to act as an account without an HTTP login: the real services, constructed with a
 * caller read from the database exactly as in production. Not a CDI alternative for
 * {@link CallerProvider}, because the API under test must see the callers its Bearer tokens make.
 */
@ApplicationScoped
@Transactional
public class ApiTestSupport {

    @Inject
    ApiTokens tokens;

    @Inject
    AccountCallers callers;

    @Inject
    RangeDevices devices;

    @Inject
    DraftLines lines;

    @Inject
    PersonnelScope scope;

    @Inject
    IntegrityGuard guard;

    @Inject
    LedgerAppend ledger;

    @Inject
    Clock clock;

    private CallerProvider as(String username) {
        return () -> callers.activeCaller(username);
    }

    public ApiTokenService tokensOf(String username, Duration clockOffset) {
        return new ApiTokenService(tokens, as(username), Clock.offset(clock, clockOffset));
    }

    /** A token of {@code username} valid for {@code days} days, issued as if {@code ago} had passed since. */
    public ApiTokenService.Issued token(String username, int days, Duration ago) {
        return tokensOf(username, ago.negated()).create("api-it", days);
    }

    public void revokeToken(String username, long id) {
        tokensOf(username, Duration.ZERO).revoke(id);
    }

    private DeviceService devicesAs(String username) {
        return new DeviceService(devices, lines, scope, as(username), guard, ledger, clock);
    }

    public DeviceRow register(String username, String name, long unitId, String publicKey, List<String> types) {
        return devicesAs(username).register(new DeviceDraft(name, unitId, "North range", "4", publicKey, types));
    }

    public DeviceRow revokeDevice(String username, long id) {
        return devicesAs(username).revoke(id);
    }

    public List<DeviceRow> devices(String username) {
        return devicesAs(username).page(0, 100);
    }
}
