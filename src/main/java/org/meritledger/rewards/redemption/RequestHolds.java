package org.meritledger.rewards.redemption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meritledger.rewards.mytokens.HeldTokens;

/** What "My tokens" shows as held: the costs of the soldier's pending and ready requests. */
@ApplicationScoped
public class RequestHolds implements HeldTokens {

    private Requests requests;

    protected RequestHolds() {}

    @Inject
    public RequestHolds(Requests requests) {
        this.requests = requests;
    }

    @Override
    public long heldBy(long soldierId) {
        return requests.held(soldierId);
    }
}
