package org.meritledger.rewards.appeal;

import java.time.Duration;
import java.time.Instant;
import org.meritledger.rewards.movement.MovementKind;

/** Who may appeal what and who may decide, as pure decisions (message keys), so they are tested without a server. */
public final class AppealRules {

    private AppealRules() {}

    /**
     * Why this movement cannot be appealed now, or null if it can.
     *
     * @param appealed an appeal of it already exists (decided or not)
     * @param reversed it has already been reversed
     */
    public static String fileProblem(
            MovementKind kind, boolean appealed, boolean reversed, Instant recordedAt, Instant now, Duration window) {
        if (kind != MovementKind.DEDUCTION) {
            return "validation.rewards.appeal.notDeduction";
        }
        if (appealed) {
            return "validation.rewards.appeal.already";
        }
        if (reversed) {
            return "validation.rewards.appeal.reversed";
        }
        if (now.isAfter(recordedAt.plus(window))) {
            return "validation.rewards.appeal.windowClosed";
        }
        return null;
    }

    /**
     * Whether a caller may decide an appeal of a deduction. Depths are of the highest unit each
     * commands over the soldier's unit (0 = top of the tree), null if they command none over it.
     * A commander decides only from strictly above the deducting commander; an administrator
     * always, unless they made the deduction themselves.
     */
    public static boolean mayDecide(
            boolean admin, long deciderId, Long deductorId, Integer deciderDepth, Integer deductorDepth) {
        if (deductorId != null && deductorId == deciderId) {
            return false;
        }
        if (admin) {
            return true;
        }
        if (deciderDepth == null) {
            return false;
        }
        // a deducting commander who no longer commands over the soldier leaves the whole chain free to decide
        return deductorDepth == null || deciderDepth < deductorDepth;
    }
}
