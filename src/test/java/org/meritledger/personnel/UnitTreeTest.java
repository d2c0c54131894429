package org.meritledger.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    private final InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();
    private final UnitTree tree = new UnitTree(p.units.all());

    @Test
    void subtreeIncludesEverythingBelowAndNothingBeside() {
        assertEquals(Set.of(p.aCoy.getId(), p.a1.getId(), p.a2.getId()), tree.subtreeIds(List.of(p.aCoy.getId())));
        assertEquals(6, tree.subtreeIds(List.of(p.bn.getId())).size());
        assertEquals(Set.of(p.b1.getId()), tree.subtreeIds(List.of(p.b1.getId())));
    }

    @Test
    void movingUnderItselfOrADescendantIsACycle() {
        assertTrue(tree.wouldCreateCycle(p.aCoy.getId(), p.aCoy.getId()));
        assertTrue(tree.wouldCreateCycle(p.aCoy.getId(), p.a1.getId()));
        assertTrue(tree.wouldCreateCycle(p.bn.getId(), p.b1.getId()));
        assertFalse(tree.wouldCreateCycle(p.a1.getId(), p.bCoy.getId()));
        assertFalse(tree.wouldCreateCycle(p.aCoy.getId(), null));
    }

    @Test
    void pathAndDepth() {
        assertEquals("1st Battalion / Alpha Company / 1st Platoon A", tree.path(p.a1.getId()));
        assertEquals(2, tree.depth(p.a1.getId()));
        assertEquals(0, tree.depth(p.bn.getId()));
    }

    @Test
    void aPathDoesNotRepeatTheCompanyThatANameAlreadyCarries() {
        InMemoryPersonnel q = new InMemoryPersonnel();
        OrgUnit bn = q.units.store(new OrgUnit("1BN", "1st Battalion", null));
        OrgUnit coy = q.units.store(new OrgUnit("A-COY", "Alpha Company", bn.getId()));
        OrgUnit platoon = q.units.store(new OrgUnit("A-1PL", "1st Platoon, Alpha Company", coy.getId()));
        UnitTree t = new UnitTree(q.units.all());
        assertEquals("1st Battalion / Alpha Company / 1st Platoon", t.path(platoon.getId()));
        assertEquals("1st Battalion / Alpha Company", t.path(coy.getId()));
    }
}
