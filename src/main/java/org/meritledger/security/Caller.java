package org.meritledger.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The authenticated person behind a service call, as the service layer sees it: their account,
 * roles, the soldier record they are (if any) and the units they command directly.
 */
public record Caller(long accountId, String username, Set<Role> roles, Long soldierId, Set<Long> commandedUnitIds) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        commandedUnitIds = Set.copyOf(commandedUnitIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
