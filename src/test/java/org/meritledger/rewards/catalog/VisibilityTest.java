package org.meritledger.rewards.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.personnel.UnitTree;

class VisibilityTest {

    private final InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();
    private final UnitTree tree = p.scope.tree();

    @Test
    void aSoldierSeesItemsOfTheirUnitAndEveryUnitAbove() {
        assertEquals(Set.of(p.a1.getId(), p.aCoy.getId(), p.bn.getId()), Visibility.rootsSeenFrom(p.a1.getId(), tree));
        assertTrue(Visibility.sees(null, p.b1.getId(), tree), "null: everyone");
        assertTrue(Visibility.sees(p.aCoy.getId(), p.a2.getId(), tree), "a company's item reaches its platoons");
        assertTrue(Visibility.sees(p.aCoy.getId(), p.aCoy.getId(), tree), "and its headquarters");
        assertFalse(Visibility.sees(p.aCoy.getId(), p.b1.getId(), tree), "not the other company");
        assertFalse(Visibility.sees(p.a1.getId(), p.aCoy.getId(), tree), "a platoon's item does not reach upwards");
    }
}
