package org.meritledger.security;

/**
 * The four roles. The names are also the Jakarta Security group and role names, so
 * {@code @RolesAllowed(Role.Names.ADMIN)} on a view and {@code Role.ADMIN} in a service agree.
 */
public enum Role {
    ADMIN,
    COMMANDER,
    SOLDIER,
    AUDITOR;

    /** Constants for annotations, which cannot take enum names. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String COMMANDER = "COMMANDER";
        public static final String SOLDIER = "SOLDIER";
        public static final String AUDITOR = "AUDITOR";

        private Names() {}
    }
}
