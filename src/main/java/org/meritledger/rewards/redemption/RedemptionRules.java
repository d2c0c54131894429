package org.meritledger.rewards.redemption;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.meritledger.rewards.catalog.LimitPeriod;

/**
 * The pure rules of redemption: which state may follow which, what a step's ledger entry is
 * called, the period a per-soldier limit counts in, and why an item cannot be requested. No
 * framework, so they are tested directly (RedemptionRulesTest, RedemptionRulesProperties).
 */
public final class RedemptionRules {

    /** Entry types start with this; the last part says what happened. */
    public static final String ENTRY_PREFIX = "rewards.redemption.";

    private RedemptionRules() {}

    /** The first state of a new request. */
    public static RequestState initial(boolean needsApproval) {
        return needsApproval ? RequestState.PENDING : RequestState.READY;
    }

    /**
     * Whether {@code to} may follow {@code from}. Pending: approved (READY), declined or
     * cancelled by the soldier. Ready: handed over (FULFILLED), or declined when it cannot be
     * handed over after all (an item that needed no approval has no other way back). The rest is final.
     */
    public static boolean mayMove(RequestState from, RequestState to) {
        return switch (from) {
            case PENDING -> to == RequestState.READY || to == RequestState.DECLINED || to == RequestState.CANCELLED;
            case READY -> to == RequestState.FULFILLED || to == RequestState.DECLINED;
            case FULFILLED, DECLINED, CANCELLED -> false;
        };
    }

    /** The ledger entry type of a step: requested, approved, fulfilled, declined or cancelled. */
    public static String entryType(int step, RequestState state) {
        if (step == 1) {
            return ENTRY_PREFIX + "requested";
        }
        return ENTRY_PREFIX
                + switch (state) {
                    case READY -> "approved";
                    case FULFILLED -> "fulfilled";
                    case DECLINED -> "declined";
                    case CANCELLED -> "cancelled";
                    case PENDING -> "pending"; // never follows another state (mayMove)
                };
    }

    /** The instants [from, to) of the calendar period (UTC) that contains {@code now}. */
    public static Instant[] window(LimitPeriod period, Instant now) {
        LimitPeriod.Window w = period.windowContaining(LocalDate.ofInstant(now, ZoneOffset.UTC));
        return new Instant[] {
            w.start().atStartOfDay(ZoneOffset.UTC).toInstant(),
            w.end().atStartOfDay(ZoneOffset.UTC).toInstant()
        };
    }

    /** Why a request cannot be made, as a message key and its arguments. */
    public record Refusal(String key, Object... args) {}

    /**
     * Why the soldier cannot request this item now, or null. Checked in this order, so the
     * message names the first thing to put right.
     *
     * @param available the soldier's tokens not set aside (the balance, holds already taken off)
     * @param stock units left, null: unlimited
     * @param used the soldier's requests of this item in the limit's current period (declined and cancelled ones not counted)
     */
    public static Refusal refusal(
            boolean active,
            boolean visible,
            boolean discharged,
            int cost,
            long available,
            Integer stock,
            Integer limitCount,
            long used) {
        if (discharged) {
            return new Refusal("validation.redemption.discharged");
        }
        if (!active) {
            return new Refusal("validation.redemption.retired");
        }
        if (!visible) {
            return new Refusal("validation.redemption.notOffered");
        }
        if (stock != null && stock <= 0) {
            return new Refusal("validation.redemption.outOfStock");
        }
        if (limitCount != null && used >= limitCount) {
            return new Refusal("validation.redemption.limitReached", limitCount);
        }
        if (available < cost) {
            return new Refusal("validation.redemption.notEnough", cost, Math.max(0, available));
        }
        return null;
    }
}
