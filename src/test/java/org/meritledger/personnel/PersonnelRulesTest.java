package org.meritledger.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.security.Role;

/** The personnel services' rules on in-memory repositories: validation and scope, no server. */
class PersonnelRulesTest {

    private InMemoryPersonnel p;
    private Soldier alpha;
    private Soldier bravo;

    @BeforeEach
    void battalion() {
        p = new InMemoryPersonnel().withBattalion();
        alpha = p.soldier("MR-1", "Alpha", p.a1);
        bravo = p.soldier("MR-2", "Bravo", p.b1);
    }

    private static List<String> keys(InvalidInputException e) {
        return e.problems().stream()
                .map(pr -> pr.field() + ":" + pr.messageKey())
                .toList();
    }

    @Test
    void duplicateServiceNumberIsRefusedAndNothingIsSaved() {
        p.admin();
        long before = p.soldiers.rows.size();
        var e = assertThrows(
                InvalidInputException.class,
                () -> p.soldierService.create(
                        new SoldierDraft("mr-1", "Other", "Person", Rank.PVT, p.a2.getId(), null)));
        assertEquals(List.of("serviceNumber:validation.soldier.serviceNumber.taken"), keys(e));
        assertEquals(before, p.soldiers.rows.size());
    }

    @Test
    void emptyRequiredFieldsAreAllReportedAtOnce() {
        p.admin();
        var e = assertThrows(
                InvalidInputException.class,
                () -> p.soldierService.create(new SoldierDraft("  ", "", null, null, null, null)));
        assertEquals(
                List.of(
                        "serviceNumber:validation.required",
                        "familyName:validation.required",
                        "givenName:validation.required",
                        "rank:validation.required",
                        "unitId:validation.required"),
                keys(e));
        assertEquals(2, p.soldiers.rows.size());
    }

    @Test
    void overLongNamesAreRefused() {
        p.admin();
        var e = assertThrows(
                InvalidInputException.class,
                () -> p.soldierService.create(
                        new SoldierDraft("MR-9", "x".repeat(81), "ok", Rank.PVT, p.a1.getId(), null)));
        assertEquals(List.of("familyName:validation.tooLong"), keys(e));
        var u = assertThrows(
                InvalidInputException.class,
                () -> p.unitService.create(new UnitDraft("C-COY", "y".repeat(121), p.bn.getId())));
        assertEquals(List.of("name:validation.tooLong"), keys(u));
    }

    @Test
    void aUnitCannotMoveUnderItsOwnChild() {
        p.admin();
        var e = assertThrows(
                InvalidInputException.class,
                () -> p.unitService.update(p.aCoy.getId(), new UnitDraft("A-COY", "Alpha Company", p.a1.getId())));
        assertEquals(List.of("parentId:validation.unit.parent.cycle"), keys(e));
        assertEquals(p.bn.getId(), p.units.find(p.aCoy.getId()).orElseThrow().getParentId());
        var self = assertThrows(
                InvalidInputException.class,
                () -> p.unitService.update(p.aCoy.getId(), new UnitDraft("A-COY", "Alpha Company", p.aCoy.getId())));
        assertEquals(List.of("parentId:validation.unit.parent.cycle"), keys(self));
    }

    @Test
    void duplicateUnitCodeIsRefused() {
        p.admin();
        var e = assertThrows(
                InvalidInputException.class, () -> p.unitService.create(new UnitDraft("B-COY", "Again", null)));
        assertEquals(List.of("code:validation.unit.code.taken"), keys(e));
    }

    @Test
    void commanderSeesOnlyTheirCommand() {
        p.commanderOf(p.aCoy, null);
        var rows = p.soldierService.page(SoldierFilter.NONE, PageRequest.of(0, 50));
        assertEquals(
                List.of("MR-1"), rows.stream().map(SoldierRow::serviceNumber).toList());
        assertEquals(1, p.soldierService.count(SoldierFilter.NONE));
        assertThrows(NotFoundException.class, () -> p.soldierService.get(bravo.getId()));
        // Filtering by a unit outside the command yields nothing rather than widening the scope.
        assertEquals(0, p.soldierService.count(new SoldierFilter(null, p.bCoy.getId(), null)));
        assertEquals(
                List.of(p.aCoy.getId(), p.a1.getId(), p.a2.getId()).size(),
                p.unitService.list().size());
    }

    @Test
    void commanderCannotChangeASoldierOfAnotherCompany() {
        p.commanderOf(p.aCoy, null);
        assertThrows(
                NotFoundException.class,
                () -> p.soldierService.update(
                        bravo.getId(), new SoldierDraft("MR-2", "Bravo", "Test", Rank.SGT, p.b1.getId(), null)));
        assertEquals(Rank.PVT, bravo.getRank());
        // Nor move one of their own soldiers out of their command.
        assertThrows(
                AccessDeniedException.class,
                () -> p.soldierService.update(
                        alpha.getId(), new SoldierDraft("MR-1", "Alpha", "Test", Rank.PVT, p.b1.getId(), null)));
        assertEquals(p.a1.getId(), alpha.getUnitId());
        // Within the command it works.
        p.soldierService.update(alpha.getId(), new SoldierDraft("MR-1", "Alpha", "Test", Rank.PFC, p.a2.getId(), null));
        assertEquals(Rank.PFC, alpha.getRank());
    }

    @Test
    void soldierSeesOnlyThemself() {
        p.soldierCaller(alpha);
        assertThrows(
                AccessDeniedException.class, () -> p.soldierService.page(SoldierFilter.NONE, PageRequest.of(0, 10)));
        assertThrows(AccessDeniedException.class, () -> p.soldierService.count(SoldierFilter.NONE));
        assertThrows(NotFoundException.class, () -> p.soldierService.get(bravo.getId()));
        assertEquals("MR-1", p.soldierService.get(alpha.getId()).serviceNumber());
        assertEquals("MR-1", p.soldierService.me().orElseThrow().serviceNumber());
        assertThrows(AccessDeniedException.class, () -> p.unitService.list());
        assertThrows(AccessDeniedException.class, () -> p.accountService.page(null, PageRequest.of(0, 10)));
    }

    @Test
    void auditorReadsEverythingAndChangesNothing() {
        p.auditor();
        assertEquals(2, p.soldierService.count(SoldierFilter.NONE));
        assertThrows(
                AccessDeniedException.class,
                () -> p.soldierService.update(
                        alpha.getId(), new SoldierDraft("MR-1", "Alpha", "Test", Rank.PFC, p.a1.getId(), null)));
        assertThrows(AccessDeniedException.class, () -> p.unitService.create(new UnitDraft("X", "X", null)));
    }

    @Test
    void nobodyLoggedInGetsNothing() {
        p.callers.nobody();
        assertThrows(AccessDeniedException.class, () -> p.soldierService.count(SoldierFilter.NONE));
        assertThrows(AccessDeniedException.class, () -> p.soldierService.me());
    }

    @Test
    void accountRulesAndOneTimePassword() {
        p.admin();
        var e = assertThrows(
                InvalidInputException.class,
                () -> p.accountService.create(
                        new AccountDraft("Bad Name!", "", null, Set.of(Role.COMMANDER), Set.of(), true)));
        assertEquals(
                List.of(
                        "username:validation.account.username.format",
                        "displayName:validation.required",
                        "commandedUnitIds:validation.account.commander.unitsRequired"),
                keys(e));
        var issued = p.accountService.create(new AccountDraft(
                "a.cdr",
                "Alpha Commander",
                alpha.getId(),
                Set.of(Role.COMMANDER, Role.SOLDIER),
                Set.of(p.aCoy.getId()),
                true));
        assertTrue(p.hasher.verify(
                issued.temporaryPassword().toCharArray(),
                p.accounts.findByUsername("a.cdr").orElseThrow().getPasswordHash()));
        var dup = assertThrows(
                InvalidInputException.class,
                () -> p.accountService.create(
                        new AccountDraft("other", "Other", alpha.getId(), Set.of(Role.SOLDIER), Set.of(), true)));
        assertEquals(List.of("soldierId:validation.account.soldier.taken"), keys(dup));
    }

    @Test
    void changingYourOwnPasswordNeedsTheCurrentOne() {
        p.admin();
        var issued =
                p.accountService.create(new AccountDraft("bob", "Bob", null, Set.of(Role.AUDITOR), Set.of(), true));
        Account bob = p.accounts.findByUsername("bob").orElseThrow();
        p.callers.as(new org.meritledger.security.Caller(bob.getId(), "bob", Set.of(Role.AUDITOR), null, Set.of()));
        var wrong = assertThrows(
                InvalidInputException.class,
                () -> p.accountService.changeOwnPassword("nope".toCharArray(), "a new long password".toCharArray()));
        assertEquals(List.of("currentPassword:validation.password.currentWrong"), keys(wrong));
        var shortPw = assertThrows(
                InvalidInputException.class,
                () -> p.accountService.changeOwnPassword(
                        issued.temporaryPassword().toCharArray(), "short".toCharArray()));
        assertEquals(List.of("newPassword:validation.password.tooShort"), keys(shortPw));
        p.accountService.changeOwnPassword(
                issued.temporaryPassword().toCharArray(), "a new long password".toCharArray());
        assertTrue(p.hasher.verify("a new long password".toCharArray(), bob.getPasswordHash()));
    }

    @Test
    void lockoutGrowsWithRepeatedFailures() {
        Account a = new Account("x", "X", null, "h", p.clock.instant());
        var now = p.clock.instant();
        for (int i = 0; i < 4; i++) {
            a.recordFailure(now, 5, java.time.Duration.ofMinutes(15));
        }
        assertTrue(!a.isLocked(now));
        a.recordFailure(now, 5, java.time.Duration.ofMinutes(15));
        assertEquals(now.plusSeconds(15 * 60), a.getLockedUntil());
        a.recordFailure(now, 5, java.time.Duration.ofMinutes(15));
        assertEquals(now.plusSeconds(30 * 60), a.getLockedUntil());
        a.recordSuccess(now);
        assertEquals(0, a.getFailedAttempts());
    }
}
