package org.meritledger.personnel;

import java.util.Set;
import org.meritledger.security.Role;

/** What an administrator set on an account. Commanded units matter only with the COMMANDER role. */
public record AccountDraft(
        String username,
        String displayName,
        Long soldierId,
        Set<Role> roles,
        Set<Long> commandedUnitIds,
        boolean active) {}
