package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.personnel.AccountDraft;
import org.meritledger.personnel.AccountService;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierFilter;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.UnitDraft;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.security.AccountIdentityStore;
import org.meritledger.security.Role;

/**
 * Services, persistence and security inside a real Payara Micro, on H2 or PostgreSQL (whichever
 * the build selected), with the demo battalion seeded: Alpha company is commanded by "a.cdr",
 * Bravo by "b.cdr"; "mr-100003" is a private of Alpha's 1st platoon.
 */
@ExtendWith(ArquillianExtension.class)
class PersonnelIT {

    private static final Logger LOG = Logger.getLogger(PersonnelIT.class.getName());
    private static final String DEMO_PASSWORD = "merit-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class);
    }

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    SoldierService soldiers;

    @Inject
    UnitService units;

    @Inject
    AccountService accounts;

    @PersistenceUnit(unitName = "merit")
    EntityManagerFactory emf;

    @Inject
    LedgerVerification verification;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private static CredentialValidationResult login(AccountIdentityStore store, String user, String password) {
        return store.validate(new UsernamePasswordCredential(user, new Password(password)));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Set<Long> alphaTree() {
        List<UnitNode> all = TestCallers.as("admin", () -> units.list());
        Set<Long> tree = new java.util.HashSet<>(Set.of(unit("A-COY").id()));
        boolean grew = true;
        while (grew) {
            grew = all.stream()
                    .filter(u -> u.parentId() != null && tree.contains(u.parentId()))
                    .map(u -> tree.add(u.id()))
                    .reduce(false, Boolean::logicalOr);
        }
        return tree;
    }

    private UnitNode unit(String code) {
        return TestCallers.as("admin", () -> units.list()).stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void hibernateMappingMatchesTheFlywaySchema() {
        // Throws SchemaManagementException naming the table and column on any mismatch.
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    @Test
    void identityStoreAcceptsTheRightPasswordAndRejectsAWrongOne() {
        CredentialValidationResult ok = login(identityStore, "a.cdr", DEMO_PASSWORD);
        assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus());
        assertEquals("a.cdr", ok.getCallerPrincipal().getName());
        assertEquals(Set.of("COMMANDER", "SOLDIER"), ok.getCallerGroups());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                login(identityStore, "a.cdr", DEMO_PASSWORD + "x").getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                login(identityStore, "nobody-here", DEMO_PASSWORD).getStatus());
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        String name = unique("lock").toLowerCase();
        var issued = TestCallers.as(
                "admin",
                () -> accounts.create(
                        new AccountDraft(name, "Lockout Test", null, Set.of(Role.AUDITOR), Set.of(), true)));
        String pw = issued.temporaryPassword();
        assertEquals(
                CredentialValidationResult.Status.VALID,
                login(identityStore, name, pw).getStatus());
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    CredentialValidationResult.Status.INVALID,
                    login(identityStore, name, "wrong password " + i).getStatus());
        }
        // Locked: even the right password is refused now.
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                login(identityStore, name, pw).getStatus());
        assertTrue(TestCallers.as("admin", () -> accounts.get(issued.account().id()))
                .locked());
        TestCallers.as("admin", () -> accounts.unlock(issued.account().id()));
        assertEquals(
                CredentialValidationResult.Status.VALID,
                login(identityStore, name, pw).getStatus());
    }

    @Test
    void commanderOfAlphaCannotReadOrChangeASoldierOfBravo() {
        SoldierRow bravoSoldier = TestCallers.as(
                        "admin",
                        () -> soldiers.page(
                                new SoldierFilter(null, unit("B-COY").id(), null), PageRequest.of(0, 1)))
                .get(0);
        assertThrows(NotFoundException.class, () -> TestCallers.as("a.cdr", () -> soldiers.get(bravoSoldier.id())));
        assertThrows(
                NotFoundException.class,
                () -> TestCallers.as(
                        "a.cdr",
                        () -> soldiers.update(
                                bravoSoldier.id(),
                                new SoldierDraft(
                                        bravoSoldier.serviceNumber(),
                                        "Changed",
                                        "Name",
                                        Rank.SGT,
                                        bravoSoldier.unitId(),
                                        null))));
        assertEquals(bravoSoldier, TestCallers.as("admin", () -> soldiers.get(bravoSoldier.id())));
        List<SoldierRow> alphaView =
                TestCallers.as("a.cdr", () -> soldiers.page(SoldierFilter.NONE, PageRequest.of(0, 500)));
        assertFalse(alphaView.isEmpty());
        // Alpha's tree, not a fixed list: other deployments sharing the PostgreSQL database add
        // platoons under A-COY (the award-rule tests do).
        Set<Long> alphaUnits = alphaTree();
        assertTrue(
                alphaUnits.containsAll(Set.of(unit("A-1PL").id(), unit("A-2PL").id())));
        assertTrue(alphaView.stream().allMatch(s -> alphaUnits.contains(s.unitId())), "only Alpha soldiers");
        assertEquals(
                0,
                TestCallers.as(
                        "a.cdr",
                        () -> soldiers.count(
                                new SoldierFilter(null, unit("B-COY").id(), null))));
    }

    @Test
    void soldierCannotListOthers() {
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as("mr-100003", () -> soldiers.page(SoldierFilter.NONE, PageRequest.of(0, 10))));
        assertThrows(AccessDeniedException.class, () -> TestCallers.as("mr-100003", () -> units.list()));
        assertEquals(
                "MR-100003",
                TestCallers.as("mr-100003", () -> soldiers.me()).orElseThrow().serviceNumber());
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long before = TestCallers.as("admin", () -> soldiers.count(new SoldierFilter(null, null, null)));
        var dup = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "admin",
                        () -> soldiers.create(new SoldierDraft(
                                "MR-100003",
                                "Dup",
                                "Licate",
                                Rank.PVT,
                                unit("A-1PL").id(),
                                SoldierStatus.ACTIVE))));
        assertEquals(
                "validation.soldier.serviceNumber.taken", dup.problems().get(0).messageKey());
        var empty = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as("admin", () -> soldiers.create(new SoldierDraft("", " ", "", null, null, null))));
        assertEquals(5, empty.problems().size());
        var tooLong = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "admin",
                        () -> soldiers.create(new SoldierDraft(
                                unique("MR-"),
                                "n".repeat(81),
                                "ok",
                                Rank.PVT,
                                unit("A-1PL").id(),
                                null))));
        assertEquals("validation.tooLong", tooLong.problems().get(0).messageKey());
        var cycle = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "admin",
                        () -> units.update(
                                unit("A-COY").id(),
                                new UnitDraft(
                                        "A-COY", "Alpha Company", unit("A-2PL").id()))));
        assertEquals("validation.unit.parent.cycle", cycle.problems().get(0).messageKey());
        assertEquals(before, TestCallers.as("admin", () -> soldiers.count(new SoldierFilter(null, null, null))));
        assertEquals(unit("1BN").id(), unit("A-COY").parentId());
    }

    @Test
    void theDatabaseRefusesADuplicateServiceNumberEvenBehindTheServicesBack() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "insert into soldier (service_number, family_name, given_name,"
                                + " rank_code, unit_id, status, search_text, version) values ('MR-100003', 'x', 'y', 'PVT', ?, 'ACTIVE', 'x', 0)")) {
            ps.setLong(1, unit("A-1PL").id());
            assertThrows(java.sql.SQLException.class, ps::executeUpdate);
        }
    }

    /**
     * The administrator's grid over 100,000 soldiers: counts and pages stay correct, and each
     * call's time is logged (figures in docs/benchmarks.md; no timing assertion here).
     */
    @Test
    void rosterQueriesStayCorrectWith100000Soldiers() throws Exception {
        String code = unique("SCALE-");
        UnitNode scale = TestCallers.as("admin", () -> units.create(new UnitDraft(code, "Scale test " + code, null)));
        try {
            queryScaleUnit(code, scale);
        } finally {
            // The rows were inserted behind the ledger's back (recording 100,000 entries is not what
            // this measures), which verification rightly reports; remove them and verify again so
            // the database is consistent for the tests after this one.
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("delete from soldier where unit_id = ?")) {
                ps.setLong(1, scale.id());
                ps.executeUpdate();
            }
            assertTrue(verification.verifyFull().ok(), "ledger verifies once the unrecorded rows are gone");
        }
    }

    private void queryScaleUnit(String code, UnitNode scale) throws Exception {
        int n = 100_000;
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into soldier (service_number, family_name, given_name,"
                            + " rank_code, unit_id, status, search_text, version) values (?, ?, ?, 'PVT', ?, ?, ?, 0)")) {
                for (int i = 0; i < n; i++) {
                    String sn = code.substring(6) + "-" + i;
                    String family = "Family" + (i % 1000);
                    String given = "Given" + i;
                    ps.setString(1, sn);
                    ps.setString(2, family);
                    ps.setString(3, given);
                    ps.setLong(4, scale.id());
                    ps.setString(5, i % 10 == 0 ? "DISCHARGED" : "ACTIVE");
                    ps.setString(6, (sn + " " + family + " " + given).toLowerCase());
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        long insertMs = (System.nanoTime() - t0) / 1_000_000;
        LOG.info(() -> "Inserted " + n + " soldiers in " + insertMs + " ms");
        SoldierFilter all = new SoldierFilter(null, scale.id(), null);
        SoldierFilter active = new SoldierFilter(null, scale.id(), SoldierStatus.ACTIVE);
        SoldierFilter search = new SoldierFilter("family7", scale.id(), null);
        assertEquals(n, timed("count all", () -> TestCallers.as("admin", () -> soldiers.count(all))));
        assertEquals(90_000, timed("count active", () -> TestCallers.as("admin", () -> soldiers.count(active))));
        // family7, family70..79, family700..799: 111 surnames x 100 soldiers each
        assertEquals(11_100, timed("count search", () -> TestCallers.as("admin", () -> soldiers.count(search))));
        List<SoldierRow> first = timed(
                "first page",
                () -> TestCallers.as("admin", () -> soldiers.page(all, new PageRequest(0, 50, "familyName", true))));
        assertEquals(50, first.size());
        List<SoldierRow> deep = timed(
                "page at 99,950",
                () -> TestCallers.as(
                        "admin", () -> soldiers.page(all, new PageRequest(99_950, 50, "serviceNumber", false))));
        assertEquals(50, deep.size());
        List<SoldierRow> found = timed(
                "search page",
                () -> TestCallers.as("admin", () -> soldiers.page(search, new PageRequest(0, 50, "familyName", true))));
        assertTrue(found.stream().allMatch(s -> s.familyName().startsWith("Family7")));
    }

    private <T> T timed(String what, java.util.concurrent.Callable<T> call) throws Exception {
        call.call(); // warm-up: the figure below is a repeat call, as a user paging the grid makes
        long t = System.nanoTime();
        T result = call.call();
        double ms = (System.nanoTime() - t) / 1e6;
        String line = String.format(java.util.Locale.ROOT, "%s | %s | %.1f ms%n", database(), what, ms);
        LOG.info(line);
        // Payara runs in the build's working directory; the figures feed docs/benchmarks.md.
        java.nio.file.Path out = java.nio.file.Path.of("target", "benchmarks", "roster-100k.txt");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(
                out, line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return result;
    }

    private String database() throws java.sql.SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }
}
