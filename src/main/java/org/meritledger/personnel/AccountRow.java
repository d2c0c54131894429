package org.meritledger.personnel;

import java.time.Instant;
import java.util.Set;
import org.meritledger.security.Role;

/** An account as the administrator's screens see it; never the hash. */
public record AccountRow(
        long id,
        String username,
        String displayName,
        Long soldierId,
        String soldierLabel,
        Set<Role> roles,
        Set<Long> commandedUnitIds,
        boolean active,
        boolean locked,
        Instant lastLoginAt) {}
