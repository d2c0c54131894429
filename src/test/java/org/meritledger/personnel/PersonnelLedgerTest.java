package org.meritledger.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meritledger.base.InvalidInputException;
import org.meritledger.security.Role;

/** Which service calls become ledger entries, with which type, subject and state. */
class PersonnelLedgerTest {

    private final InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();

    @Test
    void soldierCreateAndUpdateRecordTheFullNewState() {
        p.admin();
        var created =
                p.soldierService.create(new SoldierDraft("mr-900001", "Okafor", "Chidi", Rank.PVT, p.a1.getId(), null));
        var updated = p.soldierService.update(
                created.id(),
                new SoldierDraft("MR-900001", "Okafor", "Chidi", Rank.CPL, p.a1.getId(), SoldierStatus.ACTIVE));
        assertEquals(2, p.recorded.size());
        assertEquals("personnel.soldier.created", p.recorded.get(0).type());
        assertEquals("personnel.soldier.updated", p.recorded.get(1).type());
        assertEquals("soldier:" + updated.id(), p.recorded.get(1).subject());
        assertEquals(
                PersonnelStates.soldier(updated.id(), "MR-900001", "Okafor", "Chidi", "CPL", p.a1.getId(), "ACTIVE"),
                p.recorded.get(1).payload());
    }

    @Test
    void refusedInputRecordsNothing() {
        p.admin();
        assertThrows(
                InvalidInputException.class,
                () -> p.soldierService.create(new SoldierDraft("", "", "", null, null, null)));
        assertTrue(p.recorded.isEmpty());
    }

    @Test
    void unitActivationIsItsOwnEntryType() {
        p.admin();
        p.unitService.setActive(p.b1.getId(), false);
        p.unitService.setActive(p.b1.getId(), true);
        assertEquals("personnel.unit.deactivated", p.recorded.get(0).type());
        assertEquals("personnel.unit.activated", p.recorded.get(1).type());
        assertTrue(p.recorded.get(1).payload().contains("\"active\":true"));
    }

    @Test
    void accountEntriesCarryRolesButNeverPasswordMaterial() {
        p.admin();
        var issued = p.accountService.create(
                new AccountDraft("aud.two", "Second Auditor", null, Set.of(Role.AUDITOR), Set.of(), true));
        p.accountService.resetPassword(issued.account().id());
        assertEquals(1, p.recorded.size(), "a password reset is not a personnel fact");
        String payload = p.recorded.get(0).payload();
        assertTrue(payload.contains("\"roles\":[\"AUDITOR\"]"), payload);
        assertFalse(payload.toLowerCase().contains("password") || payload.contains("argon2"), payload);
    }
}
