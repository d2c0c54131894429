package org.meritledger.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Supplier;
import org.meritledger.security.AccountCallers;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;

/**
 * In service tests only: run a block as a named account. The account is read from the database
 * exactly as in production ({@link AccountCallers}); only the "who is logged in" step is
 * replaced, because in-container tests have no HTTP login. Real login is covered by the
 * identity-store and browser tests.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestCallers implements CallerProvider {

    private static final ThreadLocal<String> USER = new ThreadLocal<>();

    @Inject
    AccountCallers callers;

    public static <T> T as(String username, Supplier<T> work) {
        String before = USER.get();
        USER.set(username);
        try {
            return work.get();
        } finally {
            USER.set(before);
        }
    }

    public static void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Optional<Caller> current() {
        String user = USER.get();
        return user == null ? Optional.empty() : callers.activeCaller(user);
    }
}
