package org.meritledger.rewards.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.PageRequest;
import org.meritledger.ledger.InMemoryLedgerAdmin;
import org.meritledger.ledger.IntegrityHoldException;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.personnel.Soldier;

/** The catalog's rules as the service enforces them, whatever a page shows (in memory; CatalogIT on the real stack). */
class CatalogServiceTest {

    private final InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();
    private final InMemoryCatalog c = new InMemoryCatalog(p);
    private final CatalogService catalog = c.service;

    private CatalogDraft alphaOnly(String name) {
        CatalogDraft d = InMemoryCatalog.draft(name);
        return new CatalogDraft(d.nameEn(), d.nameZh(), "", "", 30, 4, 1, LimitPeriod.MONTH, p.aCoy.getId(), false);
    }

    @Test
    void anAdministratorCreatesAnItemAsRevisionOneOnTheLedger() {
        p.admin();
        CatalogItemRow row = catalog.create(alphaOnly("Meal with the commanding officer"));
        assertEquals(1, row.revision());
        assertEquals("1st Battalion / Alpha Company", row.visibleUnitPath());
        assertEquals(1, p.recorded.size());
        InMemoryPersonnel.Recorded e = p.recorded.get(0);
        assertEquals("rewards.catalog.item.created", e.type());
        assertEquals("catalog-item:" + row.id(), e.subject());
        assertEquals(CatalogStates.item(row.id(), 1, row.terms()), e.payload());
        assertEquals(1, c.versions.rows.size());
        assertEquals(1L, c.versions.rows.get(0).getChangedBy());
    }

    @Test
    void aPriceChangeIsANewRevisionAndANewEntryAndTheHistoryShowsIt() {
        p.admin();
        CatalogItemRow v1 = catalog.create(InMemoryCatalog.draft("Weekend pass"));
        CatalogDraft dearer =
                new CatalogDraft("Weekend pass", "Weekend pass 中文", "", "", 55, null, null, null, null, false);
        CatalogItemRow v2 = catalog.update(v1.id(), 1, dearer);
        assertEquals(2, v2.revision());
        assertEquals(55, v2.terms().tokenCost());
        assertEquals(
                List.of("rewards.catalog.item.created", "rewards.catalog.item.updated"),
                p.recorded.stream().map(InMemoryPersonnel.Recorded::type).toList());
        assertTrue(p.recorded.get(1).payload().contains("\"tokenCost\":55"));
        List<CatalogVersionRow> history = catalog.history(v1.id());
        assertEquals(
                List.of(2, 1), history.stream().map(CatalogVersionRow::revision).toList());
        assertEquals(
                List.of(new CatalogTerms.Change("tokenCost", "40", "55")),
                history.get(0).changes());
        assertEquals("#1", history.get(0).changedBy(), "account 1 is not in the in-memory store: named by id");
        assertEquals(Instant.parse("2026-11-21T08:00:00Z"), history.get(0).changedAt());
    }

    @Test
    void anEditFromAnOldRevisionOrWithoutAChangeIsRefusedAndNothingIsWritten() {
        p.admin();
        CatalogItemRow v1 = catalog.create(InMemoryCatalog.draft("Unit coin"));
        catalog.update(v1.id(), 1, new CatalogDraft("Unit coin", "部队纪念币", "", "", 25, 30, null, null, null, false));
        int entries = p.recorded.size();
        InvalidInputException stale = assertThrows(
                InvalidInputException.class,
                () -> catalog.update(v1.id(), 1, InMemoryCatalog.draft("Unit coin, again")));
        assertEquals("validation.catalog.stale", stale.problems().get(0).messageKey());
        InvalidInputException same = assertThrows(
                InvalidInputException.class,
                () -> catalog.update(
                        v1.id(), 2, new CatalogDraft("Unit coin", "部队纪念币", "", "", 25, 30, null, null, null, false)));
        assertEquals("validation.catalog.unchanged", same.problems().get(0).messageKey());
        InvalidInputException bad = assertThrows(
                InvalidInputException.class,
                () -> catalog.update(
                        v1.id(), 2, new CatalogDraft("Unit coin", "部队纪念币", "", "", 0, -1, null, null, null, false)));
        assertEquals(2, bad.problems().size());
        assertEquals(entries, p.recorded.size());
        assertEquals(2, c.versions.rows.size());
        assertEquals(25, catalog.get(v1.id()).terms().tokenCost());
    }

    @Test
    void retiringAndReactivatingAreRevisionsAndRetiredItemsAreOfferedToNobody() {
        p.admin();
        CatalogItemRow item = catalog.create(InMemoryCatalog.draft("Signed unit photo"));
        Soldier s = p.soldier("MR-1", "Li", p.b1);
        catalog.retire(item.id());
        assertThrows(InvalidInputException.class, () -> catalog.retire(item.id()));
        p.soldierCaller(s);
        assertTrue(catalog.offeredToMe().isEmpty());
        p.admin();
        assertEquals(0, catalog.count(false));
        assertEquals(1, catalog.count(true));
        catalog.reactivate(item.id());
        assertEquals(3, catalog.get(item.id()).revision());
        assertEquals(
                List.of(ChangeKind.REACTIVATED, ChangeKind.RETIRED, ChangeKind.CREATED),
                catalog.history(item.id()).stream()
                        .map(CatalogVersionRow::change)
                        .toList());
        p.soldierCaller(s);
        assertEquals(
                List.of(item.id()),
                catalog.offeredToMe().stream().map(CatalogCard::id).toList());
    }

    @Test
    void soldiersSeeOnlyActiveItemsShownToTheirUnitOrAbove() {
        p.admin();
        CatalogItemRow everyone = catalog.create(InMemoryCatalog.draft("Unit coin"));
        CatalogItemRow alpha = catalog.create(alphaOnly("Meal with the commanding officer"));
        Soldier alphaSoldier = p.soldier("MR-2", "Wang", p.a2);
        Soldier bravoSoldier = p.soldier("MR-3", "Chen", p.b1);
        p.soldierCaller(alphaSoldier);
        assertEquals(
                List.of(alpha.id(), everyone.id()),
                catalog.offeredToMe().stream().map(CatalogCard::id).toList(),
                "cheapest first");
        p.soldierCaller(bravoSoldier);
        assertEquals(
                List.of(everyone.id()),
                catalog.offeredToMe().stream().map(CatalogCard::id).toList());
    }

    @Test
    void onlyAdministratorsChangeCommandersAndAuditorsReadSoldiersDoNeither() {
        p.admin();
        CatalogItemRow item = catalog.create(InMemoryCatalog.draft("Weekend pass"));
        p.recorded.clear();
        for (Runnable caller : List.<Runnable>of(() -> p.commanderOf(p.aCoy, null), p::auditor)) {
            caller.run();
            assertEquals(1, catalog.count(true));
            assertEquals(1, catalog.page(true, PageRequest.of(0, 10)).size());
            assertEquals(1, catalog.history(item.id()).size());
            assertThrows(AccessDeniedException.class, () -> catalog.create(InMemoryCatalog.draft("Mine")));
            assertThrows(
                    AccessDeniedException.class, () -> catalog.update(item.id(), 1, InMemoryCatalog.draft("Mine")));
            assertThrows(AccessDeniedException.class, () -> catalog.retire(item.id()));
        }
        p.soldierCaller(p.soldier("MR-4", "Kim", p.a1));
        assertThrows(AccessDeniedException.class, () -> catalog.page(true, PageRequest.of(0, 10)));
        assertThrows(AccessDeniedException.class, () -> catalog.history(item.id()));
        assertThrows(AccessDeniedException.class, () -> catalog.retire(item.id()));
        p.callers.nobody();
        assertThrows(AccessDeniedException.class, catalog::offeredToMe);
        assertTrue(p.recorded.isEmpty());
        assertEquals(1, c.versions.rows.size());
    }

    @Test
    void nothingChangesUnderAnIntegrityHold() {
        p.admin();
        InMemoryLedgerAdmin ledger = new InMemoryLedgerAdmin(p.callers);
        ledger.holdWrites();
        InMemoryCatalog held = new InMemoryCatalog(p, ledger.guard());
        assertThrows(IntegrityHoldException.class, () -> held.service.create(InMemoryCatalog.draft("Unit coin")));
        assertTrue(held.items.rows.isEmpty());
        assertTrue(p.recorded.isEmpty());
    }
}
