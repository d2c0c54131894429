package org.meritledger.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.meritledger.personnel.events.SoldierStatusChanged;
import org.meritledger.personnel.events.SoldierTransferred;

/** Personnel tells other features of transfers and status changes, after the ledger entry, and of nothing else. */
class SoldierEventsTest {

    @Test
    void aTransferAndADischargeAreAnnouncedWithTheirEntry() {
        InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();
        Soldier s = p.soldier("MR-9", "Nine", p.a1);
        p.admin();
        p.soldierService.update(s.getId(), new SoldierDraft("MR-9", "Nine", "Test", Rank.CPL, p.a1.getId(), null));
        assertTrue(p.transfers.fired.isEmpty(), "a promotion is no transfer");
        assertTrue(p.statusChanges.fired.isEmpty());

        p.soldierService.update(s.getId(), new SoldierDraft("MR-9", "Nine", "Test", Rank.CPL, p.b1.getId(), null));
        assertEquals(
                new SoldierTransferred(s.getId(), p.a1.getId(), p.b1.getId(), p.recorded.size()),
                p.transfers.fired.get(0));

        p.soldierService.update(
                s.getId(), new SoldierDraft("MR-9", "Nine", "Test", Rank.CPL, p.b1.getId(), SoldierStatus.DISCHARGED));
        assertEquals(
                new SoldierStatusChanged(s.getId(), SoldierStatus.ACTIVE, SoldierStatus.DISCHARGED, p.recorded.size()),
                p.statusChanges.fired.get(0));
        assertEquals(1, p.transfers.fired.size());
    }
}
