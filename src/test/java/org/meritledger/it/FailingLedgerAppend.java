package org.meritledger.it;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.meritledger.ledger.LedgerAppend;

/**
 * In integration tests only: makes the n-th ledger append of a block fail, after the earlier
 * appends (and the rows they record) were written in the same transaction, to show that a
 * failure half-way leaves neither rows nor entries. Outside {@link #failingAt} it only delegates.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 10)
public abstract class FailingLedgerAppend implements LedgerAppend {

    private static final ThreadLocal<int[]> PLAN = new ThreadLocal<>();

    @Inject
    @Delegate
    @Any
    LedgerAppend delegate;

    /** Runs the work with the {@code n}-th append (1-based) throwing. */
    public static void failingAt(int n, Runnable work) {
        PLAN.set(new int[] {n, 0});
        try {
            work.run();
        } finally {
            PLAN.remove();
        }
    }

    @Override
    public long append(String type, String subject, Object payload) {
        int[] plan = PLAN.get();
        if (plan != null && ++plan[1] == plan[0]) {
            throw new IllegalStateException("test: ledger append " + plan[1] + " fails (" + type + " " + subject + ")");
        }
        return delegate.append(type, subject, payload);
    }
}
