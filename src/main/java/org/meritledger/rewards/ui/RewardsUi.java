package org.meritledger.rewards.ui;

import com.vaadin.flow.server.VaadinRequest;
import org.meritledger.security.Role;

/** Small helpers the rewards screens share. */
final class RewardsUi {

    private RewardsUi() {}

    /** Whether to offer changes (administrators) or only show (auditors); the services decide again. */
    static boolean isAdmin() {
        VaadinRequest r = VaadinRequest.getCurrent();
        return r != null && r.isUserInRole(Role.Names.ADMIN);
    }
}
