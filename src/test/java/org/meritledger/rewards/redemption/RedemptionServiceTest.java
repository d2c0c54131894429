package org.meritledger.rewards.redemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.personnel.Soldier;
import org.meritledger.rewards.catalog.CatalogDraft;
import org.meritledger.rewards.catalog.CatalogItemRow;
import org.meritledger.rewards.catalog.LimitPeriod;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.NewMovement;

/** The service's rules over in-memory repositories: states, movements, stock, access and refusals. */
class RedemptionServiceTest {

    InMemoryRedemption r;
    Soldier alpha;
    Soldier bravo;

    @BeforeEach
    void setUp() {
        r = new InMemoryRedemption();
        alpha = r.p.soldier("MR-1", "Alpha", r.p.a1);
        bravo = r.p.soldier("MR-2", "Bravo", r.p.b1);
        give(alpha, 100);
        give(bravo, 100);
    }

    private void give(Soldier s, long n) {
        r.rewards.writer.write(new NewMovement(s.getId(), MovementKind.AWARD, n, null, "test", null, null, 1L));
    }

    private CatalogItemRow item(
            int cost, Integer stock, Integer limit, LimitPeriod period, Long unit, boolean approval) {
        r.p.admin();
        return r.catalog.service.create(
                new CatalogDraft("Item " + cost, "项目", "", "", cost, stock, limit, period, unit, approval));
    }

    private String refusal(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run)
                .problems()
                .get(0)
                .messageKey();
    }

    @Test
    void aRequestHoldsTheCostTakesStockAndIsDecidedByTheChain() {
        CatalogItemRow leave = item(60, 2, null, null, null, true);
        r.p.soldierCaller(alpha);
        long id = r.service.request(leave.id());
        assertEquals(new TokenFigures(40, 60), r.service.myFigures());
        assertEquals(1, r.catalog.service.get(leaveAsAdmin(leave)).terms().stock(), "a unit taken");
        r.p.soldierCaller(alpha);
        assertEquals(RequestState.PENDING, r.service.mine(0, 10).get(0).state());
        assertTrue(r.service.mine(0, 10).get(0).cancellable());

        // the soldier cannot decide; a commander outside the chain cannot; auditors read
        assertThrows(AccessDeniedException.class, () -> r.service.approve(id));
        r.p.commanderOf(r.p.bCoy, null);
        assertThrows(AccessDeniedException.class, () -> r.service.approve(id));
        assertTrue(r.service.queue(0, 10).isEmpty(), "not in Bravo's queue");
        r.p.auditor();
        assertThrows(AccessDeniedException.class, () -> r.service.approve(id));
        assertEquals(1, r.service.queue(0, 10).size());

        r.p.commanderOf(r.p.aCoy, null);
        assertTrue(r.service.queue(0, 10).get(0).decidable());
        r.service.approve(id);
        r.service.fulfil(id);
        r.p.soldierCaller(alpha);
        assertEquals(new TokenFigures(40, 0), r.service.myFigures(), "the hold is the spend");
        assertEquals(RequestState.FULFILLED, r.service.mine(0, 10).get(0).state());
        assertEquals(
                List.of("PENDING", "READY", "FULFILLED"),
                r.events.stream().map(RequestChanged::state).toList());
        assertEquals(
                List.of("rewards.redemption.requested", "rewards.redemption.approved", "rewards.redemption.fulfilled"),
                r.p.recorded.stream()
                        .map(x -> x.type())
                        .filter(t -> t.startsWith("rewards.redemption."))
                        .toList());
    }

    private long leaveAsAdmin(CatalogItemRow row) {
        r.p.admin();
        return row.id();
    }

    @Test
    void declineAndCancelGiveTokensAndStockBack() {
        CatalogItemRow leave = item(60, 1, null, null, null, true);
        r.p.soldierCaller(alpha);
        long first = r.service.request(leave.id());
        assertEquals("validation.redemption.outOfStock", refusal(() -> r.service.request(leave.id())));
        r.p.commanderOf(r.p.a1, null);
        assertEquals("validation.required", refusal(() -> r.service.decline(first, " ")));
        r.service.decline(first, "Roster full");
        r.p.soldierCaller(alpha);
        assertEquals(new TokenFigures(100, 0), r.service.myFigures());
        assertEquals("Roster full", r.service.mine(0, 1).get(0).reason());
        long second = r.service.request(leave.id());
        r.p.soldierCaller(bravo);
        assertThrows(AccessDeniedException.class, () -> r.service.cancel(second), "only one's own");
        r.p.soldierCaller(alpha);
        r.service.cancel(second);
        assertEquals("validation.redemption.notPending", refusal(() -> r.service.cancel(second)));
        assertEquals(new TokenFigures(100, 0), r.service.myFigures());
        r.p.admin();
        assertEquals(1, r.catalog.service.get(leave.id()).terms().stock());
        assertEquals(
                2,
                r.rewards.movements.rows.stream()
                        .filter(m -> m.getKind() == MovementKind.RELEASE)
                        .count());
    }

    @Test
    void eachRefusalHasItsOwnMessageAndChangesNothing() {
        CatalogItemRow dear = item(150, null, null, null, null, false);
        CatalogItemRow once = item(10, null, 1, LimitPeriod.MONTH, null, false);
        CatalogItemRow bravoOnly = item(20, null, null, null, r.p.bCoy.getId(), false);
        CatalogItemRow retired = item(30, null, null, null, null, false);
        r.catalog.service.retire(retired.id());
        r.p.soldierCaller(alpha);
        r.service.request(once.id());
        int recorded = r.p.recorded.size();
        InvalidInputException poor = assertThrows(InvalidInputException.class, () -> r.service.request(dear.id()));
        assertEquals("validation.redemption.notEnough", poor.problems().get(0).messageKey());
        assertEquals(List.of(150, 90L), List.of(poor.problems().get(0).args()));
        assertEquals("validation.redemption.limitReached", refusal(() -> r.service.request(once.id())));
        assertEquals("validation.redemption.notOffered", refusal(() -> r.service.request(bravoOnly.id())));
        assertEquals("validation.redemption.retired", refusal(() -> r.service.request(retired.id())));
        r.rewards.movements.status.put(alpha.getId(), "DISCHARGED");
        assertEquals("validation.redemption.discharged", refusal(() -> r.service.request(once.id())));
        assertEquals(recorded, r.p.recorded.size(), "nothing written");
        r.p.admin();
        assertThrows(AccessDeniedException.class, () -> r.service.request(once.id()), "no soldier");
    }

    @Test
    void aCommanderDoesNotDecideTheirOwnRequest() {
        CatalogItemRow leave = item(60, null, null, null, null, true);
        r.p.commanderOf(r.p.a1, alpha.getId());
        long id = r.service.request(leave.id());
        assertThrows(AccessDeniedException.class, () -> r.service.approve(id));
        assertTrue(!r.service.queue(0, 10).get(0).decidable());
    }
}
