package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.InvalidInputException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.personnel.AccountDraft;
import org.meritledger.personnel.AccountService;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.rewards.award.AwardService;
import org.meritledger.rewards.award.MovementDraft;
import org.meritledger.rewards.budget.BudgetService;
import org.meritledger.rewards.budget.OverrideRow;
import org.meritledger.rewards.catalog.CatalogDraft;
import org.meritledger.rewards.catalog.CatalogItemRow;
import org.meritledger.rewards.catalog.CatalogService;
import org.meritledger.rewards.catalog.LimitPeriod;
import org.meritledger.rewards.category.CategoryRow;
import org.meritledger.rewards.category.CategoryService;
import org.meritledger.rewards.redemption.RedemptionService;
import org.meritledger.rewards.redemption.RequestRow;
import org.meritledger.rewards.redemption.RequestState;
import org.meritledger.rewards.redemption.TokenFigures;
import org.meritledger.security.Role;

/**
 * Redemption on the real stack (H2 or PostgreSQL): the demo requests verify; a request holds the
 * price and takes stock, a decline or cancel gives both back with a linked RELEASE; each refusal
 * has its message and writes nothing; only the soldier's chain or an administrator decides;
 * simultaneous requests cannot overdraw a balance or a stock; a request row edited or a hold
 * removed behind the ledger is found and named. Soldiers and items made here are new (the
 * database is shared with other test classes on PostgreSQL), so counts are compared before and after.
 */
@ExtendWith(ArquillianExtension.class)
class RedemptionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, Tamper.class);
    }

    @Inject
    RedemptionService redemption;

    @Inject
    CatalogService catalog;

    @Inject
    AwardService awards;

    @Inject
    BudgetService budgets;

    @Inject
    CategoryService categories;

    @Inject
    SoldierService soldiers;

    @Inject
    AccountService accounts;

    @Inject
    UnitService units;

    @Inject
    LedgerVerification verification;

    @Inject
    IntegrityGuard guard;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    /** A soldier made for one test, with an account to log in as. */
    record Member(long id, String username) {}

    /** The soldiers this test made, discharged afterwards. */
    private final List<Long> made = new java.util.ArrayList<>();

    /**
     * The deployments share one PostgreSQL database, and other tests count the demo platoons'
     * active rosters: the soldiers made here leave them again (discharged, their history kept).
     */
    @org.junit.jupiter.api.AfterEach
    void dischargeWhatThisTestMade() {
        for (long id : made) {
            SoldierRow row = TestCallers.as("admin", () -> soldiers.get(id));
            if (row.status() != org.meritledger.personnel.SoldierStatus.DISCHARGED) {
                TestCallers.as(
                        "admin",
                        () -> soldiers.update(
                                id,
                                new SoldierDraft(
                                        row.serviceNumber(),
                                        row.familyName(),
                                        row.givenName(),
                                        row.rank(),
                                        row.unitId(),
                                        org.meritledger.personnel.SoldierStatus.DISCHARGED)));
            }
        }
        made.clear();
    }

    private long unit(String code) {
        return TestCallers.as("admin", () -> units.list()).stream()
                .filter(u -> u.code().equals(code))
                .map(UnitNode::id)
                .findFirst()
                .orElseThrow();
    }

    private Member member(String unitCode) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SoldierRow s = TestCallers.as(
                "admin",
                () -> soldiers.create(new SoldierDraft(
                        "MR-R" + tag.toUpperCase(), "Redeem", "Test", Rank.PVT, unit(unitCode), null)));
        String username = "rt-" + tag;
        TestCallers.as(
                "admin",
                () -> accounts.create(
                        new AccountDraft(username, "Redeem " + tag, s.id(), Set.of(Role.SOLDIER), Set.of(), true)));
        made.add(s.id());
        return new Member(s.id(), username);
    }

    /** Awards by the Alpha or Bravo company commander, with enough budget left for it. */
    private void give(String commander, List<Member> to, long each) {
        OverrideRow r = TestCallers.as("admin", () -> budgets.commanders()).stream()
                .filter(o -> o.username().equals(commander))
                .findFirst()
                .orElseThrow();
        long own = Math.max(0, r.figures().used() - r.figures().toppedUp()) + each * to.size() + 1000;
        TestCallers.as("admin", () -> budgets.setOverride(r.accountId(), String.valueOf(own)));
        long category = TestCallers.as("admin", () -> categories.list(null, false)).stream()
                .filter(c -> c.code().equals("initiative"))
                .map(CategoryRow::id)
                .findFirst()
                .orElseThrow();
        TestCallers.as(
                commander,
                () -> awards.award(new MovementDraft(
                        to.stream().map(Member::id).toList(), String.valueOf(each), category, "Redemption test")));
    }

    private CatalogItemRow item(
            int cost, Integer stock, Integer limit, LimitPeriod period, Long unit, boolean approval) {
        String name = "Redeem item " + UUID.randomUUID().toString().substring(0, 8);
        return TestCallers.as(
                "admin",
                () -> catalog.create(
                        new CatalogDraft(name, name + "（测试）", "", "", cost, stock, limit, period, unit, approval)));
    }

    private long count(String sql, Object... args) throws SQLException {
        return new Tamper(dataSource).scalar(sql, args);
    }

    private Map<String, Long> sizes() throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        for (String t : List.of(
                "redemption_request", "redemption_step", "reward_movement", "catalog_item_version", "ledger_entry")) {
            out.put(t, count("select count(*) from " + t));
        }
        return out;
    }

    private TokenFigures figures(Member m) {
        return TestCallers.as(m.username(), () -> redemption.myFigures());
    }

    private Integer stock(CatalogItemRow item) {
        return TestCallers.as("admin", () -> catalog.get(item.id())).terms().stock();
    }

    private RequestRow mine(Member m, long requestId) {
        return TestCallers.as(m.username(), () -> redemption.mine(0, 50)).stream()
                .filter(r -> r.id() == requestId)
                .findFirst()
                .orElseThrow();
    }

    private static String key(Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof InvalidInputException)) {
            t = t.getCause();
        }
        return t == null
                ? e.toString()
                : ((InvalidInputException) t).problems().get(0).messageKey();
    }

    @Test
    void theDemoRequestsAreOnTheLedgerInEveryState() throws Exception {
        for (RequestState s : RequestState.values()) {
            assertTrue(
                    count(
                                    "select count(*) from redemption_step s where s.state = ? and s.step ="
                                            + " (select max(x.step) from redemption_step x where x.request_id = s.request_id)",
                                    s.name())
                            > 0,
                    "a demo request is " + s);
        }
        assertTrue(TestCallers.as("mr-100003", () -> redemption.mine(0, 10)).stream()
                .anyMatch(r -> r.state() == RequestState.PENDING));
        List<RequestRow> alpha = TestCallers.as("a.cdr", () -> redemption.queue(0, 100));
        assertEquals(RequestState.PENDING, alpha.get(0).state(), "pending first");
        assertTrue(alpha.stream().anyMatch(RequestRow::decidable));
        assertTrue(
                alpha.stream().noneMatch(r -> r.soldier().startsWith("MR-10003")), "no Bravo soldier in Alpha's queue");
        assertTrue(verification.verifyFull().ok());
    }

    @Test
    void aRequestHoldsTheCurrentPriceTakesStockAndGoesThroughItsStates() throws Exception {
        Member m = member("A-1PL");
        give("a.cdr", List.of(m), 100);
        CatalogItemRow leave = item(30, 5, 2, LimitPeriod.YEAR, unit("A-COY"), true);
        long ledgerBefore = count("select count(*) from ledger_entry");

        long id = TestCallers.as(m.username(), () -> redemption.request(leave.id()));
        assertEquals(new TokenFigures(70, 30), figures(m));
        assertEquals(4, stock(leave));
        assertEquals(RequestState.PENDING, mine(m, id).state());
        assertEquals(
                30L,
                -count("select amount from reward_movement where kind = 'HOLD' and reference = ?", "request:" + id));
        assertEquals(ledgerBefore + 3, count("select count(*) from ledger_entry"), "stock revision, hold, request");

        // a price change afterwards does not touch the request
        TestCallers.as(
                "admin",
                () -> catalog.update(
                        leave.id(),
                        catalog.get(leave.id()).revision(),
                        new CatalogDraft(
                                leave.terms().nameEn(),
                                leave.terms().nameZh(),
                                "",
                                "",
                                45,
                                4,
                                2,
                                LimitPeriod.YEAR,
                                leave.terms().visibleUnitId(),
                                true)));
        assertEquals(30, mine(m, id).tokenCost());

        // the platoon commander of the soldier's chain approves, then hands it over
        TestCallers.as("a1.ldr", () -> redemption.approve(id));
        assertEquals(RequestState.READY, mine(m, id).state());
        TestCallers.as("a1.ldr", () -> redemption.fulfil(id));
        RequestRow done = mine(m, id);
        assertEquals(RequestState.FULFILLED, done.state());
        assertNotNull(done.changedBy());
        assertEquals(new TokenFigures(70, 0), figures(m), "the hold is the spend");

        // declined: the reason is required and the soldier sees it; tokens and stock come back
        long second = TestCallers.as(m.username(), () -> redemption.request(leave.id()));
        assertEquals(new TokenFigures(25, 45), figures(m), "the new price");
        assertEquals(3, stock(leave));
        assertEquals(
                "validation.required",
                key(assertThrows(
                        RuntimeException.class, () -> TestCallers.as("a.cdr", () -> redemption.decline(second, "")))));
        TestCallers.as("a.cdr", () -> redemption.decline(second, "Leave roster full"));
        assertEquals("Leave roster full", mine(m, second).reason());
        assertEquals(new TokenFigures(70, 0), figures(m));
        assertEquals(4, stock(leave));
        long hold = count("select id from reward_movement where kind = 'HOLD' and reference = ?", "request:" + second);
        assertEquals(
                hold,
                count(
                        "select reverses_id from reward_movement where kind = 'RELEASE' and reference = ?",
                        "request:" + second));

        // cancelled by the soldier while pending
        long third = TestCallers.as(m.username(), () -> redemption.request(leave.id()));
        TestCallers.as(m.username(), () -> redemption.cancel(third));
        assertEquals(RequestState.CANCELLED, mine(m, third).state());
        assertEquals(new TokenFigures(70, 0), figures(m));
        assertEquals(
                "validation.redemption.notPending",
                key(assertThrows(
                        RuntimeException.class, () -> TestCallers.as(m.username(), () -> redemption.cancel(third)))));

        // an item that needs no approval is ready at once
        CatalogItemRow coin = item(10, null, null, null, null, false);
        long ready = TestCallers.as(m.username(), () -> redemption.request(coin.id()));
        assertEquals(RequestState.READY, mine(m, ready).state());
        TestCallers.as("admin", () -> redemption.fulfil(ready));
        assertEquals(new TokenFigures(60, 0), figures(m));
        assertTrue(verification.verifyFull().ok());
        TestCallers.as("admin", () -> catalog.retire(leave.id()));
        TestCallers.as("admin", () -> catalog.retire(coin.id()));
    }

    @Test
    void eachRefusalHasItsMessageAndChangesNothing() throws Exception {
        Member m = member("A-1PL");
        give("a.cdr", List.of(m), 50);
        CatalogItemRow dear = item(80, null, null, null, null, false);
        CatalogItemRow once = item(5, null, 1, LimitPeriod.MONTH, null, false);
        CatalogItemRow none = item(5, 0, null, null, null, false);
        CatalogItemRow bravoOnly = item(5, null, null, null, unit("B-COY"), false);
        CatalogItemRow retired = item(5, null, null, null, null, false);
        TestCallers.as("admin", () -> catalog.retire(retired.id()));
        TestCallers.as(m.username(), () -> redemption.request(once.id()));
        Map<String, Long> before = sizes();

        InvalidInputException poor = (InvalidInputException) unwrap(assertThrows(
                RuntimeException.class, () -> TestCallers.as(m.username(), () -> redemption.request(dear.id()))));
        assertEquals("validation.redemption.notEnough", poor.problems().get(0).messageKey());
        assertEquals(45L, ((Number) poor.problems().get(0).args()[1]).longValue(), "the available figure");
        Map<Long, String> expected = Map.of(
                once.id(), "validation.redemption.limitReached",
                none.id(), "validation.redemption.outOfStock",
                bravoOnly.id(), "validation.redemption.notOffered",
                retired.id(), "validation.redemption.retired");
        for (Map.Entry<Long, String> e : expected.entrySet()) {
            assertEquals(
                    e.getValue(),
                    key(assertThrows(
                            RuntimeException.class,
                            () -> TestCallers.as(m.username(), () -> redemption.request(e.getKey())))));
        }
        assertEquals(before, sizes(), "no request, step, movement, version or entry");

        // a discharged soldier: balance frozen, no request
        Member gone = member("A-1PL");
        give("a.cdr", List.of(gone), 50);
        SoldierRow row = TestCallers.as("admin", () -> soldiers.get(gone.id()));
        TestCallers.as(
                "admin",
                () -> soldiers.update(
                        gone.id(),
                        new SoldierDraft(
                                row.serviceNumber(),
                                row.familyName(),
                                row.givenName(),
                                row.rank(),
                                row.unitId(),
                                org.meritledger.personnel.SoldierStatus.DISCHARGED)));
        Map<String, Long> beforeDischarged = sizes();
        assertEquals(
                "validation.redemption.discharged",
                key(assertThrows(
                        RuntimeException.class,
                        () -> TestCallers.as(gone.username(), () -> redemption.request(once.id())))));
        assertEquals(beforeDischarged, sizes());
        for (CatalogItemRow i : List.of(dear, once, none, bravoOnly)) {
            TestCallers.as("admin", () -> catalog.retire(i.id()));
        }
    }

    private static RuntimeException unwrap(RuntimeException e) {
        Throwable t = e;
        while (t != null && !(t instanceof InvalidInputException) && !(t instanceof AccessDeniedException)) {
            t = t.getCause();
        }
        return t == null ? e : (RuntimeException) t;
    }

    @Test
    void onlyTheSoldiersChainOrAnAdministratorDecides() throws Exception {
        Member m = member("A-1PL");
        Member other = member("A-1PL");
        give("a.cdr", List.of(m), 50);
        CatalogItemRow pass = item(20, null, null, null, null, true);
        long id = TestCallers.as(m.username(), () -> redemption.request(pass.id()));
        Map<String, Long> before = sizes();
        for (String who : List.of(m.username(), other.username(), "b.cdr", "b1.ldr", "a2.ldr", "auditor")) {
            assertTrue(
                    unwrap(assertThrows(
                                    RuntimeException.class, () -> TestCallers.as(who, () -> redemption.approve(id))))
                            instanceof AccessDeniedException,
                    who + " may not approve");
            assertTrue(
                    unwrap(assertThrows(
                                    RuntimeException.class,
                                    () -> TestCallers.as(who, () -> redemption.decline(id, "No"))))
                            instanceof AccessDeniedException,
                    who + " may not decline");
        }
        assertTrue(
                unwrap(assertThrows(
                                RuntimeException.class,
                                () -> TestCallers.as(other.username(), () -> redemption.cancel(id))))
                        instanceof AccessDeniedException,
                "only one's own request is cancelled");
        assertEquals(before, sizes(), "refusals write nothing");
        assertFalse(
                TestCallers.as("b.cdr", () -> redemption.queue(0, 500)).stream().anyMatch(r -> r.id() == id),
                "not in Bravo's queue");
        assertTrue(
                TestCallers.as("auditor", () -> redemption.queue(0, 500)).stream()
                        .anyMatch(r -> r.id() == id && !r.decidable()),
                "auditors read");
        TestCallers.as("admin", () -> redemption.approve(id));
        assertEquals(RequestState.READY, mine(m, id).state());
        TestCallers.as("admin", () -> catalog.retire(pass.id()));
    }

    @Test
    void fiftySimultaneousRequestsOnABalanceForTenGetExactlyTen() throws Exception {
        Member m = member("A-2PL");
        give("a.cdr", List.of(m), 100);
        CatalogItemRow item = item(10, null, null, null, null, false);
        List<String> outcomes = race(50, i -> m.username(), item.id());
        assertEquals(10, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(
                40,
                outcomes.stream()
                        .filter("validation.redemption.notEnough"::equals)
                        .count(),
                outcomes.toString());
        assertEquals(new TokenFigures(0, 100), figures(m));
        assertTrue(verification.verifyFull().ok());
        TestCallers.as("admin", () -> catalog.retire(item.id()));
    }

    @Test
    void twentySimultaneousRequestsOnAStockOfThreeGetExactlyThree() throws Exception {
        List<Member> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(member("B-1PL"));
        }
        give("b.cdr", many, 10);
        CatalogItemRow item = item(10, 3, null, null, null, false);
        List<String> outcomes = race(20, i -> many.get(i).username(), item.id());
        assertEquals(3, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(
                17,
                outcomes.stream()
                        .filter("validation.redemption.outOfStock"::equals)
                        .count(),
                outcomes.toString());
        assertEquals(0, stock(item));
        assertEquals(3L, count("select count(*) from redemption_request where item_id = ?", item.id()));
        assertTrue(verification.verifyFull().ok());
        TestCallers.as("admin", () -> catalog.retire(item.id()));
    }

    private List<String> race(int n, java.util.function.IntFunction<String> who, long itemId) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String user = who.apply(i);
            results.add(executor.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                try {
                    TestCallers.as(user, () -> redemption.request(itemId));
                    return "ok";
                } catch (RuntimeException e) {
                    return key(e);
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(120, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    @Test
    void aRequestRowEditedOrAHoldRemovedIsFoundAndNamed() throws Exception {
        Member m = member("A-1PL");
        give("a.cdr", List.of(m), 50);
        CatalogItemRow item = item(20, null, null, null, null, true);
        long id = TestCallers.as(m.username(), () -> redemption.request(item.id()));
        String subject = "redemption-request:" + id;
        long seq = count("select max(seq) from ledger_entry where subject = ?", subject);
        Tamper tamper = new Tamper(dataSource);
        boolean pg = tamper.postgres();
        if (pg) {
            try (Connection c = dataSource.getConnection();
                    Statement st = c.createStatement()) {
                assertThrows(
                        SQLException.class,
                        () -> st.execute("update redemption_request set token_cost = 1 where id = " + id),
                        "append-only on PostgreSQL (V66)");
            }
        }
        String off = pg ? "alter table redemption_request disable trigger user" : "select 1";
        String on = pg ? "alter table redemption_request enable trigger user" : "select 1";

        // the price quietly cut in the request row
        try {
            tamper.sql(off, "update redemption_request set token_cost = 1 where id = " + id, on);
            Failure f = failure();
            assertEquals(Check.DOMAIN_STATE, f.check());
            assertEquals(seq, f.sequence(), "the request's entry");
            assertTrue(f.detail().contains(subject), f.detail());
            assertTrue(guard.isHeld());
        } finally {
            tamper.sql(off, "update redemption_request set token_cost = 20 where id = " + id, on);
        }
        assertTrue(verification.verifyFull().ok(), "after repair");

        // the hold removed (and the balance put back to hide it)
        long hold = count("select id from reward_movement where kind = 'HOLD' and reference = ?", "request:" + id);
        long holdSeq = count("select max(seq) from ledger_entry where subject = ?", "reward-movement:" + hold);
        Map<String, Object> row = tamper.row("select * from reward_movement where id = ?", hold);
        try {
            tamper.sql(
                    "delete from reward_movement where id = " + hold,
                    "update reward_balance set balance = balance + 20 where soldier_id = " + m.id());
            Failure f = failure();
            assertEquals(Check.DOMAIN_STATE, f.check());
            assertEquals(holdSeq, f.sequence(), "the hold's entry");
            assertTrue(guard.isHeld());
        } finally {
            tamper.insert("reward_movement", List.of(row));
            tamper.sql("update reward_balance set balance = balance - 20 where soldier_id = " + m.id());
        }
        assertTrue(verification.verifyFull().ok(), "after repair");
        assertFalse(guard.isHeld());
        TestCallers.as("admin", () -> redemption.decline(id, "Test over"));
        TestCallers.as("admin", () -> catalog.retire(item.id()));
    }

    private Failure failure() {
        VerificationReport r = verification.verifyFull();
        return r.firstFailure().orElseThrow(() -> new AssertionError("tampering not detected: " + r));
    }
}
