package org.meritledger.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.NotFoundException;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;

/**
 * The one place that says which units and soldiers a caller reaches. Administrators and auditors
 * see every unit; a commander the units they command and everything below; a soldier none (only
 * their own record, checked by soldier id).
 */
@ApplicationScoped
public class PersonnelScope {

    private Units units;

    protected PersonnelScope() {}

    @Inject
    public PersonnelScope(Units units) {
        this.units = units;
    }

    public UnitTree tree() {
        return new UnitTree(units.all());
    }

    /** {@code null} means "every unit". */
    public Set<Long> visibleUnitIds(Caller caller, UnitTree tree) {
        if (caller.hasAny(Role.ADMIN, Role.AUDITOR)) {
            return null;
        }
        if (caller.has(Role.COMMANDER)) {
            return tree.subtreeIds(caller.commandedUnitIds());
        }
        return Set.of();
    }

    /**
     * The units a caller may pick on a unit-wide page (dashboard, leaderboard), sorted by path:
     * every unit for administrators and auditors, a commander's command. The pages check the
     * caller's role themselves; this only says which units.
     */
    public List<Long> choosableUnitIds(Caller caller, UnitTree tree) {
        Set<Long> visible = visibleUnitIds(caller, tree);
        Set<Long> ids = visible != null
                ? visible
                : tree.subtreeIds(tree.roots().stream().map(u -> u.getId()).toList());
        return ids.stream().sorted(Comparator.comparing(tree::path)).toList();
    }

    /**
     * The unit and everything below it, for a page that covers a whole unit.
     *
     * @throws NotFoundException when there is no such unit
     * @throws AccessDeniedException when the unit is outside what the caller sees
     */
    public Set<Long> requireSubtree(Caller caller, UnitTree tree, long unitId) {
        if (!tree.contains(unitId)) {
            throw new NotFoundException("unit " + unitId);
        }
        Set<Long> visible = visibleUnitIds(caller, tree);
        if (visible != null && !visible.contains(unitId)) {
            throw new AccessDeniedException("error.outOfScope", "unit " + unitId + " is outside the caller's command");
        }
        return tree.subtreeIds(List.of(unitId));
    }

    public boolean canSee(Caller caller, UnitTree tree, Soldier soldier) {
        if (soldier.getId() != null && soldier.getId().equals(caller.soldierId())) {
            return true;
        }
        Set<Long> visible = visibleUnitIds(caller, tree);
        return visible == null || visible.contains(soldier.getUnitId());
    }

    /** Commanders change soldiers only inside their command; administrators anywhere. */
    public void requireCanChange(Caller caller, UnitTree tree, long unitId) {
        if (caller.has(Role.ADMIN)) {
            return;
        }
        if (caller.has(Role.COMMANDER)
                && tree.subtreeIds(caller.commandedUnitIds()).contains(unitId)) {
            return;
        }
        throw new AccessDeniedException("error.outOfScope", "unit " + unitId + " is outside the caller's command");
    }

    public static void requireAny(Caller caller, Role... roles) {
        if (!caller.hasAny(roles)) {
            throw new AccessDeniedException(
                    "error.accessDenied", caller.username() + " lacks any of " + java.util.Arrays.toString(roles));
        }
    }
}
