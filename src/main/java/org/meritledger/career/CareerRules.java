package org.meritledger.career;

import java.time.LocalDate;
import org.meritledger.base.Checks;
import org.meritledger.personnel.OrgUnit;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.UnitTree;

/**
 * Checks a draft against the soldier as they are now and turns it into an event, or refuses
 * with every problem at once (keys {@code validation.career.*}). Pure: no repository, no clock
 * of its own, so the rules are tested without a server.
 */
final class CareerRules {

    private CareerRules() {}

    /**
     * @param latestSameKind the effective date of the soldier's newest event of this kind, or null;
     *                       a transfer or promotion dated before it would contradict the current record
     */
    static CareerEvent check(CareerDraft d, Soldier soldier, UnitTree tree, LocalDate today, LocalDate latestSameKind) {
        Checks c = new Checks();
        if (d == null || d.kind() == null) {
            c.fail("kind", "validation.required");
            c.throwIfAny();
        }
        LocalDate on = c.required("effectiveOn", d.effectiveOn());
        if (on != null && on.isAfter(today)) {
            // a record of what happened; planned events are not service history yet
            c.fail("effectiveOn", "validation.career.date.future");
        }
        if (d.kind().changesSoldier() && soldier.getStatus() != SoldierStatus.ACTIVE) {
            c.fail(null, "validation.career.soldier.inactive");
        }
        if (d.kind().changesSoldier() && on != null && latestSameKind != null && on.isBefore(latestSameKind)) {
            c.fail("effectiveOn", "validation.career.date.beforeLatest", latestSameKind.toString());
        }
        CareerEvent event = switch (d.kind()) {
            case TRANSFER -> transfer(c, d, soldier, tree, on);
            case PROMOTION -> promotion(c, d, soldier, on);
            case MISSION -> mission(c, d, on, today);
            case PERFORMANCE_REPORT -> report(c, d, on, today);
            case WITHDRAWAL -> {
                // made from the event it withdraws (CareerService.withdraw), never as a free-standing event
                c.fail("kind", "validation.career.withdraw.useWithdraw");
                yield null;
            }
        };
        c.throwIfAny();
        return event;
    }

    private static CareerEvent transfer(Checks c, CareerDraft d, Soldier s, UnitTree tree, LocalDate on) {
        Long to = c.required("toUnitId", d.toUnitId());
        if (to != null) {
            OrgUnit unit = tree.get(to);
            if (unit == null) {
                c.fail("toUnitId", "validation.unit.unknown");
            } else if (!unit.isActive()) {
                c.fail("toUnitId", "validation.unit.inactive");
            } else if (to.equals(s.getUnitId())) {
                c.fail("toUnitId", "validation.career.transfer.sameUnit");
            }
        }
        return to == null || on == null ? null : new CareerEvent.Transfer(on, s.getUnitId(), to);
    }

    private static CareerEvent promotion(Checks c, CareerDraft d, Soldier s, LocalDate on) {
        Rank to = c.required("toRank", d.toRank());
        if (to != null && to.ordinal() <= s.getRank().ordinal()) {
            c.fail(
                    "toRank",
                    to == s.getRank()
                            ? "validation.career.promotion.sameRank"
                            : "validation.career.promotion.notHigher");
        }
        return to == null || on == null ? null : new CareerEvent.Promotion(on, s.getRank(), to);
    }

    private static CareerEvent mission(Checks c, CareerDraft d, LocalDate from, LocalDate today) {
        String name = c.text("name", d.name(), CareerEvent.MAX_MISSION_NAME);
        String role = c.text("role", d.role(), CareerEvent.MAX_MISSION_ROLE);
        period(c, from, d.endsOn(), today, false);
        return from == null ? null : new CareerEvent.Mission(from, d.endsOn(), name, role);
    }

    private static CareerEvent report(Checks c, CareerDraft d, LocalDate from, LocalDate today) {
        period(c, from, d.endsOn(), today, true);
        Integer rating = c.required("rating", d.rating());
        if (rating != null && (rating < CareerEvent.MIN_RATING || rating > CareerEvent.MAX_RATING)) {
            c.fail("rating", "validation.career.rating.range", CareerEvent.MIN_RATING, CareerEvent.MAX_RATING);
        }
        String text = c.text("text", d.text(), CareerEvent.MAX_REPORT_TEXT);
        return from == null || d.endsOn() == null || rating == null
                ? null
                : new CareerEvent.PerformanceReport(from, d.endsOn(), rating, text);
    }

    /** A period runs forwards and has ended (a report covers a past period; a mission may go on). */
    private static void period(Checks c, LocalDate from, LocalDate to, LocalDate today, boolean endRequired) {
        if (endRequired) {
            c.required("endsOn", to);
        }
        if (to == null) {
            return;
        }
        if (from != null && to.isBefore(from)) {
            c.fail("endsOn", "validation.career.date.order");
        } else if (to.isAfter(today)) {
            c.fail("endsOn", "validation.career.date.future");
        }
    }

    /** Withdraws a mission or report recorded in error, once, with a reason. */
    static CareerEvent withdrawal(CareerEntry target, boolean alreadyWithdrawn, String reason, LocalDate today) {
        Checks c = new Checks();
        if (!target.getKind().withdrawable()) {
            c.fail(null, "validation.career.withdraw.notWithdrawable");
        } else if (alreadyWithdrawn) {
            c.fail(null, "validation.career.withdraw.already");
        }
        String r = c.text("reason", reason, CareerEvent.MAX_REASON);
        c.throwIfAny();
        return new CareerEvent.Withdrawal(today, target.getId(), target.getKind(), r);
    }
}
