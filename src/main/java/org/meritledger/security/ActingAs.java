package org.meritledger.security;

import java.util.function.Supplier;

/**
 * Work the portal does on a person's behalf outside a request, such as seeding the demo's
 * history at first start: the services then check that person's roles and units exactly as for
 * a browser request, so demo data can only be what that person could have entered. Only server
 * code can call this; a request's caller always comes from the login.
 */
public final class ActingAs {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private ActingAs() {}

    public static <T> T call(Caller caller, Supplier<T> work) {
        Caller before = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public static void run(Caller caller, Runnable work) {
        call(caller, () -> {
            work.run();
            return null;
        });
    }

    /** The caller work is being done for, or null outside {@link #call}. */
    static Caller current() {
        return CURRENT.get();
    }
}
