package org.meritledger.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.meritledger.base.Checks;
import org.meritledger.base.NotFoundException;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/** Units: administrators shape the tree; commanders and auditors read the part they reach. */
@ApplicationScoped
@Transactional
public class UnitService {

    private Units units;
    private PersonnelScope scope;
    private CallerProvider callers;
    private PersonnelLedger ledger;

    protected UnitService() {}

    @Inject
    public UnitService(Units units, PersonnelScope scope, CallerProvider callers, PersonnelLedger ledger) {
        this.ledger = ledger;
        this.units = units;
        this.scope = scope;
        this.callers = callers;
    }

    /** The units the caller reaches, depth-first, each with its depth and path. */
    public List<UnitNode> list() {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.AUDITOR, Role.COMMANDER);
        UnitTree tree = scope.tree();
        Set<Long> visible = scope.visibleUnitIds(caller, tree);
        List<UnitNode> out = new ArrayList<>();
        for (OrgUnit root : tree.roots()) {
            walk(tree, root, visible, out);
        }
        return out;
    }

    private void walk(UnitTree tree, OrgUnit u, Set<Long> visible, List<UnitNode> out) {
        if (visible == null || visible.contains(u.getId())) {
            out.add(node(tree, u));
        }
        for (OrgUnit c : tree.childrenOf(u.getId())) {
            walk(tree, c, visible, out);
        }
    }

    public UnitNode create(UnitDraft draft) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN);
        ledger.requireWritable();
        UnitTree tree = scope.tree();
        Checks c = validate(draft, null, tree);
        c.throwIfAny();
        OrgUnit saved =
                units.store(new OrgUnit(draft.code().strip(), draft.name().strip(), draft.parentId()));
        ledger.unit("created", saved);
        return node(scope.tree(), saved);
    }

    public UnitNode update(long id, UnitDraft draft) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN);
        ledger.requireWritable();
        OrgUnit unit = units.find(id).orElseThrow(() -> new NotFoundException("unit " + id));
        UnitTree tree = scope.tree();
        Checks c = validate(draft, id, tree);
        c.throwIfAny();
        unit.rename(draft.code().strip(), draft.name().strip());
        unit.moveUnder(draft.parentId());
        units.store(unit);
        ledger.unit("updated", unit);
        return node(scope.tree(), unit);
    }

    /** Deactivated units stay in the tree (records point at them) but take no new soldiers. */
    public UnitNode setActive(long id, boolean active) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN);
        ledger.requireWritable();
        OrgUnit unit = units.find(id).orElseThrow(() -> new NotFoundException("unit " + id));
        unit.setActive(active);
        units.store(unit);
        ledger.unit(active ? "activated" : "deactivated", unit);
        return node(scope.tree(), unit);
    }

    private Checks validate(UnitDraft d, Long selfId, UnitTree tree) {
        Checks c = new Checks();
        String code = c.text("code", d.code(), InputRules.UNIT_CODE);
        c.text("name", d.name(), InputRules.UNIT_NAME);
        if (c.ok("code")) {
            units.findByCode(code)
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> c.fail("code", "validation.unit.code.taken", code));
        }
        if (d.parentId() != null) {
            if (!tree.contains(d.parentId())) {
                c.fail("parentId", "validation.unit.parent.unknown");
            } else if (selfId != null && tree.wouldCreateCycle(selfId, d.parentId())) {
                c.fail("parentId", "validation.unit.parent.cycle");
            }
        }
        return c;
    }

    static UnitNode node(UnitTree tree, OrgUnit u) {
        return new UnitNode(
                u.getId(),
                u.getCode(),
                u.getName(),
                u.getParentId(),
                u.isActive(),
                tree.depth(u.getId()),
                tree.path(u.getId()));
    }
}
