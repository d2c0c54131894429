package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.PageRequest;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.rewards.catalog.CatalogCard;
import org.meritledger.rewards.catalog.CatalogDraft;
import org.meritledger.rewards.catalog.CatalogItemRow;
import org.meritledger.rewards.catalog.CatalogService;
import org.meritledger.rewards.catalog.CatalogUnit;
import org.meritledger.rewards.catalog.CatalogVersionRow;
import org.meritledger.rewards.catalog.ChangeKind;
import org.meritledger.rewards.catalog.LimitPeriod;

/**
 * The reward catalog on the real stack (H2 or PostgreSQL): the demo catalog went through the
 * service onto the ledger, access is the service's, bad input changes nothing, a price change is
 * a new revision with its own entry, and a catalog row or version row edited in SQL is found by
 * verification and named. Items made here get unique names; PostgreSQL shares its database with
 * the other test classes, so counts are compared before and after, never absolutely.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, Tamper.class);
    }

    @Inject
    CatalogService catalog;

    @Inject
    LedgerVerification verification;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    /** MR-100004 serves in Alpha's 1st platoon, MR-100034 in Bravo's (DemoData's numbering). */
    private static final String ALPHA_SOLDIER = "mr-100004";

    private static final String BRAVO_SOLDIER = "mr-100034";

    private static CatalogDraft draft(String name, int cost) {
        return new CatalogDraft(name, name + "（测试）", "Test item", "测试项目", cost, 3, 1, LimitPeriod.MONTH, null, false);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long count(String sql, Object... args) throws SQLException {
        return new Tamper(dataSource).scalar(sql, args);
    }

    private Map<String, Long> tableSizes() throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        for (String t : List.of("catalog_item", "catalog_item_version", "ledger_entry")) {
            out.put(t, count("select count(*) from " + t));
        }
        return out;
    }

    private static Set<String> names(List<CatalogCard> cards) {
        return cards.stream().map(CatalogCard::nameEn).collect(Collectors.toSet());
    }

    @Test
    void theDemoCatalogIsOnTheLedgerAndEachSoldierSeesWhatTheirUnitIsShown() throws Exception {
        List<CatalogItemRow> all = TestCallers.as("admin", () -> catalog.page(true, PageRequest.of(0, 100)));
        Set<String> demo = Set.of(
                "Extra day of leave",
                "Weekend pass",
                "First choice of the next course",
                "Commendation letter on your service record",
                "Unit coin",
                "First pick on the duty roster",
                "Meal with the commanding officer",
                "Signed unit photo");
        assertTrue(all.stream()
                .map(r -> r.terms().nameEn())
                .collect(Collectors.toSet())
                .containsAll(demo));
        CatalogItemRow meal = all.stream()
                .filter(r -> r.terms().nameEn().equals("Meal with the commanding officer"))
                .findFirst()
                .orElseThrow();
        assertEquals("1st Battalion / Alpha Company", meal.visibleUnitPath());
        assertEquals(
                1,
                all.stream()
                        .filter(r ->
                                demo.contains(r.terms().nameEn()) && r.terms().needsApproval())
                        .count());
        assertEquals(
                1L,
                count(
                        "select count(*) from ledger_entry where subject = ? and entry_type = ?",
                        "catalog-item:" + meal.id(),
                        "rewards.catalog.item.created"));
        List<CatalogVersionRow> history = TestCallers.as("auditor", () -> catalog.history(meal.id()));
        assertEquals(ChangeKind.CREATED, history.get(history.size() - 1).change());
        assertEquals(null, history.get(history.size() - 1).changedBy(), "demo data is the system's");

        Set<String> alpha = names(TestCallers.as(ALPHA_SOLDIER, () -> catalog.offeredToMe()));
        Set<String> bravo = names(TestCallers.as(BRAVO_SOLDIER, () -> catalog.offeredToMe()));
        assertTrue(alpha.contains("Meal with the commanding officer"));
        assertFalse(bravo.contains("Meal with the commanding officer"), "Alpha Company only");
        assertTrue(bravo.contains("Unit coin"));
        assertTrue(verification.verifyFull().ok());
    }

    @Test
    void administratorsChangeTheCatalogCommandersAndAuditorsReadSoldiersOnlySeeTheirOffer() throws Exception {
        CatalogItemRow item = TestCallers.as("admin", () -> catalog.create(draft(unique("Access test"), 12)));
        Map<String, Long> before = tableSizes();
        for (String reader : List.of("a.cdr", "auditor")) {
            assertEquals(
                    item.revision(),
                    TestCallers.as(reader, () -> catalog.get(item.id())).revision());
            assertFalse(TestCallers.as(reader, () -> catalog.page(false, PageRequest.of(0, 5)))
                    .isEmpty());
            assertThrows(
                    AccessDeniedException.class,
                    () -> TestCallers.as(reader, () -> catalog.create(draft(unique("Not allowed"), 5))));
            assertThrows(
                    AccessDeniedException.class,
                    () -> TestCallers.as(reader, () -> catalog.update(item.id(), 1, draft("Cheaper", 1))));
            assertThrows(AccessDeniedException.class, () -> TestCallers.as(reader, () -> catalog.retire(item.id())));
        }
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as(ALPHA_SOLDIER, () -> catalog.page(true, PageRequest.of(0, 5))));
        assertThrows(
                AccessDeniedException.class, () -> TestCallers.as(ALPHA_SOLDIER, () -> catalog.history(item.id())));
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as(ALPHA_SOLDIER, () -> catalog.create(draft(unique("Mine"), 5))));
        assertThrows(AccessDeniedException.class, () -> catalog.offeredToMe(), "nobody logged in");
        assertEquals(before, tableSizes(), "nothing was written");

        // retired: offered to nobody; reactivated: offered again
        TestCallers.as("admin", () -> catalog.retire(item.id()));
        assertFalse(names(TestCallers.as(BRAVO_SOLDIER, () -> catalog.offeredToMe()))
                .contains(item.terms().nameEn()));
        TestCallers.as("admin", () -> catalog.reactivate(item.id()));
        assertTrue(names(TestCallers.as(BRAVO_SOLDIER, () -> catalog.offeredToMe()))
                .contains(item.terms().nameEn()));
        assertEquals(3, TestCallers.as("admin", () -> catalog.get(item.id())).revision());
        TestCallers.as("admin", () -> catalog.retire(item.id()));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingChanges() throws Exception {
        CatalogItemRow item = TestCallers.as("admin", () -> catalog.create(draft(unique("Bad input test"), 20)));
        Map<String, Long> before = tableSizes();
        CatalogDraft bad = new CatalogDraft(" ", "", "", "", 0, -1, 2, null, Long.MAX_VALUE, false);
        InvalidInputException onCreate =
                assertThrows(InvalidInputException.class, () -> TestCallers.as("admin", () -> catalog.create(bad)));
        Map<String, String> problems = new TreeMap<>();
        onCreate.problems().forEach(p -> problems.put(p.field(), p.messageKey()));
        assertEquals(
                Map.of(
                        "nameEn", "validation.required",
                        "nameZh", "validation.required",
                        "tokenCost", "validation.catalog.cost.range",
                        "stock", "validation.catalog.stock.range",
                        "limitPeriod", "validation.catalog.limit.periodMissing",
                        "visibleUnitId", "validation.catalog.unit.unknown"),
                problems);
        InvalidInputException huge = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "admin",
                        () -> catalog.update(item.id(), 1, draft(item.terms().nameEn(), Integer.MAX_VALUE))));
        assertEquals("tokenCost", huge.problems().get(0).field());
        InvalidInputException stale = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "admin",
                        () -> catalog.update(item.id(), 7, draft(item.terms().nameEn(), 21))));
        assertEquals("validation.catalog.stale", stale.problems().get(0).messageKey());
        assertEquals(before, tableSizes(), "no row, no version, no entry");
        assertEquals(
                20,
                TestCallers.as("admin", () -> catalog.get(item.id())).terms().tokenCost());
        TestCallers.as("admin", () -> catalog.retire(item.id()));
    }

    @Test
    void aPriceChangeIsANewRevisionWithItsOwnLedgerEntry() throws Exception {
        CatalogUnit alpha = TestCallers.as("admin", () -> catalog.unitChoices()).stream()
                .filter(u -> u.path().endsWith("Alpha Company"))
                .findFirst()
                .orElseThrow();
        String name = unique("Price test");
        CatalogDraft v1 = new CatalogDraft(name, "价格测试", "", "", 30, null, null, null, alpha.id(), true);
        CatalogItemRow created = TestCallers.as("admin", () -> catalog.create(v1));
        String subject = "catalog-item:" + created.id();
        CatalogDraft dearer = new CatalogDraft(name, "价格测试", "", "", 45, null, null, null, alpha.id(), true);
        CatalogItemRow changed = TestCallers.as("admin", () -> catalog.update(created.id(), 1, dearer));
        assertEquals(2, changed.revision());
        assertEquals(2L, count("select count(*) from ledger_entry where subject = ?", subject));
        String latest = new Tamper(dataSource)
                .text(
                        "select payload from ledger_entry where seq = (select max(seq) from ledger_entry where subject = ?)",
                        subject);
        assertTrue(latest.contains("\"tokenCost\":45") && latest.contains("\"revision\":2"), latest);
        assertEquals(
                "rewards.catalog.item.updated",
                new Tamper(dataSource)
                        .text(
                                "select entry_type from ledger_entry where seq = (select max(seq) from ledger_entry where subject = ?)",
                                subject));
        List<CatalogVersionRow> history = TestCallers.as("admin", () -> catalog.history(created.id()));
        assertEquals(
                List.of(2, 1), history.stream().map(CatalogVersionRow::revision).toList());
        assertEquals("tokenCost", history.get(0).changes().get(0).field());
        assertEquals("Battalion Administrator", history.get(0).changedBy());
        assertTrue(history.get(0).ledgerSeq() > history.get(1).ledgerSeq());
        assertTrue(names(TestCallers.as(ALPHA_SOLDIER, () -> catalog.offeredToMe()))
                .contains(name));
        assertTrue(verification.verifyFull().ok());
        TestCallers.as("admin", () -> catalog.retire(created.id()));
    }

    @Test
    void aCatalogRowOrVersionEditedInSqlIsFoundByVerificationAndNamed() throws Exception {
        CatalogItemRow item = TestCallers.as("admin", () -> catalog.create(draft(unique("Tamper test"), 40)));
        TestCallers.as(
                "admin", () -> catalog.update(item.id(), 1, draft(item.terms().nameEn(), 50)));
        String subject = "catalog-item:" + item.id();
        long seq = count("select max(seq) from ledger_entry where subject = ?", subject);
        Tamper tamper = new Tamper(dataSource);
        boolean pg = tamper.postgres();

        // the price cut quietly in the item row
        try {
            tamper.sql("update catalog_item set token_cost = 1 where id = " + item.id());
            Failure f = failure();
            assertEquals(Check.DOMAIN_STATE, f.check());
            assertEquals(seq, f.sequence(), "the item's latest entry");
            assertTrue(f.detail().contains(subject), f.detail());
        } finally {
            tamper.sql("update catalog_item set token_cost = 50 where id = " + item.id());
        }
        assertTrue(verification.verifyFull().ok(), "after repair");

        // the history rewritten: revision 1 claims another price than its entry holds
        if (pg) {
            try (Connection c = dataSource.getConnection();
                    Statement st = c.createStatement()) {
                assertThrows(
                        SQLException.class,
                        () -> st.execute("update catalog_item_version set token_cost = 1 where item_id = " + item.id()),
                        "append-only on PostgreSQL (V46)");
            }
        }
        String off = pg ? "alter table catalog_item_version disable trigger user" : "select 1";
        String on = pg ? "alter table catalog_item_version enable trigger user" : "select 1";
        try {
            tamper.sql(
                    off,
                    "update catalog_item_version set token_cost = 39 where item_id = " + item.id()
                            + " and revision = 1",
                    on);
            Failure f = failure();
            assertEquals(Check.DOMAIN_STATE, f.check());
            assertTrue(f.computed().contains(subject + " revision 1 differs from ledger entry"), f.computed());
        } finally {
            tamper.sql(
                    off,
                    "update catalog_item_version set token_cost = 40 where item_id = " + item.id()
                            + " and revision = 1",
                    on);
        }
        assertTrue(verification.verifyFull().ok(), "after repair");
        TestCallers.as("admin", () -> catalog.retire(item.id()));
    }

    private Failure failure() {
        VerificationReport r = verification.verifyFull();
        return r.firstFailure().orElseThrow(() -> new AssertionError("tampering not detected: " + r));
    }
}
