package org.meritledger.rewards.catalog;

import java.util.LinkedHashSet;
import java.util.Set;
import org.meritledger.personnel.OrgUnit;
import org.meritledger.personnel.UnitTree;

/**
 * Who sees an item: an item shown to a unit's subtree is seen by a soldier exactly when that
 * unit is the soldier's own or lies above it. Asking upwards (the soldier's unit and its
 * ancestors, a handful) keeps the question one indexed query however large the subtrees are.
 */
public final class Visibility {

    private Visibility() {}

    /** The soldier's unit and every unit above it: the roots whose items the soldier sees. */
    public static Set<Long> rootsSeenFrom(long soldierUnitId, UnitTree tree) {
        Set<Long> out = new LinkedHashSet<>();
        OrgUnit u = tree.get(soldierUnitId);
        while (u != null && out.add(u.getId())) {
            u = u.getParentId() == null ? null : tree.get(u.getParentId());
        }
        return out;
    }

    /** Whether a soldier of {@code soldierUnitId} sees an item shown to {@code visibleUnitId} (null: everyone). */
    public static boolean sees(Long visibleUnitId, long soldierUnitId, UnitTree tree) {
        return visibleUnitId == null || rootsSeenFrom(soldierUnitId, tree).contains(visibleUnitId);
    }
}
