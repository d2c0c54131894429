package org.meritledger.ledger.ui;

import com.vaadin.flow.component.html.Span;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Whether a row's ledger entry verifies, as a small badge in a grid: yes, not yet (newer than
 * the newest signed checkpoint) or no, and "–" for a row without an entry or whose check could
 * not be read (opening the receipt explains). One component, so every "my" page with receipts
 * (tokens, training) answers the question in the same words and colours.
 */
public class VerifiesBadge extends Span {

    /** Unknown: the row has no ledger entry, or its check failed to run. */
    public VerifiesBadge() {
        super("–");
    }

    public VerifiesBadge(boolean verified, boolean pending) {
        if (verified) {
            setText(getTranslation("training.receipt.yes"));
            getElement().getThemeList().add("badge success");
        } else if (pending) {
            setText(getTranslation("training.receipt.notYet"));
            getElement().getThemeList().add("badge contrast");
        } else {
            setText(getTranslation("training.receipt.notVerified"));
            getElement().getThemeList().add("badge error");
        }
    }

    /**
     * Runs the row's check as the grid renders it; an error shows as unknown rather than failing
     * the whole grid.
     */
    public static <R> VerifiesBadge checking(Supplier<R> check, Predicate<R> verified, Predicate<R> pending) {
        R r;
        try {
            r = check.get();
        } catch (RuntimeException e) {
            return new VerifiesBadge(); // shown as unknown; opening the receipt explains
        }
        return new VerifiesBadge(verified.test(r), pending.test(r));
    }
}
