package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.personnel.AccountDraft;
import org.meritledger.personnel.AccountService;
import org.meritledger.personnel.UnitDraft;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.rewards.award.AwardService;
import org.meritledger.rewards.award.MovementDraft;
import org.meritledger.rewards.budget.BudgetService;
import org.meritledger.rewards.budget.OverrideRow;
import org.meritledger.rewards.catalog.CatalogDraft;
import org.meritledger.rewards.catalog.CatalogItemRow;
import org.meritledger.rewards.catalog.CatalogService;
import org.meritledger.rewards.category.CategoryRow;
import org.meritledger.rewards.category.CategoryService;
import org.meritledger.rewards.movement.HistoryFilter;
import org.meritledger.rewards.mytokens.MyTokensService;
import org.meritledger.rewards.mytokens.TokenLine;
import org.meritledger.rewards.mytokens.TokenSummary;
import org.meritledger.rewards.redemption.RedemptionService;
import org.meritledger.security.Role;

/**
 * The rewards speed figures of docs/benchmarks.md, on the real portal inside Payara Micro, through
 * the real services. Not part of {@code mvn verify} (the name does not end in IT): run by
 * {@code src/test/bench/rewards.sh}, which puts pgbench beside it in the same run. Each figure is
 * written to {@code target/benchmarks/rewards.txt}; the assertions check only that the work was
 * right (counts, balances, verification), never a time.
 *
 * <p>Sizes come from the environment (Payara Micro inherits the build's): BENCH_SOLDIERS (100,000)
 * and BENCH_MOVEMENTS (1,000,000). At full size run it on PostgreSQL: the default H2 database
 * lives in the portal's 1 GiB heap.
 */
@ExtendWith(ArquillianExtension.class)
class RewardsBenchmark {

    private static final Logger LOG = Logger.getLogger(RewardsBenchmark.class.getName());
    private static final int PLATOON = 40;
    private static final int REDEEMERS = 32;
    private static final int REQUESTS_EACH = 25;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, RewardsBenchFill.class);
    }

    @Inject
    RewardsBenchFill fill;

    @Inject
    AwardService awards;

    @Inject
    BudgetService budgets;

    @Inject
    CategoryService categories;

    @Inject
    CatalogService catalog;

    @Inject
    RedemptionService redemption;

    @Inject
    MyTokensService tokens;

    @Inject
    AccountService accounts;

    @Inject
    UnitService units;

    @Inject
    LedgerVerification verification;

    @Inject
    org.meritledger.ledger.CheckpointWriter checkpoints;

    @Inject
    org.meritledger.ledger.export.LedgerExportService exports;

    @Inject
    org.meritledger.ledger.LedgerService ledger;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ContextService context;

    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    @Test
    void rewardsFigures() throws Exception {
        line("run", Instant.now() + " on " + database() + ", tag " + tag);
        UnitNode coy = unit("A-COY");
        UnitNode platoon = TestCallers.as(
                "admin", () -> units.create(new UnitDraft("BENCH-" + tag, "Benchmark " + tag, coy.id())));
        List<Long> members = TestCallers.as("admin", () -> fill.soldiers("MR-B" + tag, platoon.id(), 0, PLATOON));
        long category = awardCategory();
        OverrideRow cdr = TestCallers.as("admin", () -> budgets.commanders()).stream()
                .filter(o -> o.username().equals("a.cdr"))
                .findFirst()
                .orElseThrow();
        TestCallers.as("admin", () -> budgets.setOverride(cdr.accountId(), String.valueOf(BudgetService.MAX_BUDGET)));

        awardsNextToTheLedger(members, category);
        redeemingAtOnce(members, category);
        fillAndRead(platoon, category, cdr.accountId());
    }

    /** 40 awards in one transaction (a platoon after a range day) against 40 plain entries in one transaction. */
    private void awardsNextToTheLedger(List<Long> members, long category) throws Exception {
        MovementDraft draft = new MovementDraft(members, "1", category, "Range day");
        int warm = 20;
        int rounds = 100;
        for (int i = 0; i < warm; i++) {
            TestCallers.as("a.cdr", () -> awards.award(draft));
            fill.plainEntries(PLATOON, tag);
        }
        long actor = TestCallers.as("admin", () -> budgets.commanders()).stream()
                .filter(o -> o.username().equals("a.cdr"))
                .findFirst()
                .orElseThrow()
                .accountId();
        fill.awards(members, 1, category, actor);
        long entriesBefore = entries();
        long awardNanos = 0;
        long writerNanos = 0;
        long plainNanos = 0;
        for (int i = 0; i < rounds; i++) { // alternated, so all three see the same machine
            long t = System.nanoTime();
            TestCallers.as("a.cdr", () -> awards.award(draft));
            awardNanos += System.nanoTime() - t;
            t = System.nanoTime();
            fill.awards(members, 1, category, actor);
            writerNanos += System.nanoTime() - t;
            t = System.nanoTime();
            fill.plainEntries(PLATOON, tag);
            plainNanos += System.nanoTime() - t;
        }
        assertEquals(entriesBefore + 3L * rounds * PLATOON, entries(), "one entry per movement, one per plain append");
        double writerRate = rounds * PLATOON / (writerNanos / 1e9);
        line(
                "40 movements in one transaction, movement writer alone (no award checks, no budget)",
                String.format(
                        Locale.ROOT,
                        "%.0f entries/s (%.2f ms per transaction)",
                        writerRate,
                        writerNanos / 1e6 / rounds));
        double awardRate = rounds * PLATOON / (awardNanos / 1e9);
        double plainRate = rounds * PLATOON / (plainNanos / 1e9);
        line(
                "40 awards in one transaction",
                String.format(
                        Locale.ROOT, "%.0f entries/s (%.2f ms per transaction)", awardRate, awardNanos / 1e6 / rounds));
        line(
                "40 plain ledger entries in one transaction",
                String.format(
                        Locale.ROOT, "%.0f entries/s (%.2f ms per transaction)", plainRate, plainNanos / 1e6 / rounds));
        line(
                "awards / plain entries",
                String.format(Locale.ROOT, "%.2f (target at least 0.80)", awardRate / plainRate));
    }

    /** 32 soldiers, each with their own account, requesting at the same time, 25 requests each. */
    private void redeemingAtOnce(List<Long> members, long category) throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < REDEEMERS; i++) {
            long id = members.get(i);
            String username = "bench-" + tag.toLowerCase(Locale.ROOT) + "-" + i;
            String name = "Bench " + i;
            TestCallers.as(
                    "admin",
                    () -> accounts.create(new AccountDraft(username, name, id, Set.of(Role.SOLDIER), Set.of(), true)));
            users.add(username);
        }
        CatalogItemRow item = TestCallers.as(
                "admin",
                () -> catalog.create(new CatalogDraft(
                        "Bench item " + tag, "测试奖励 " + tag, "", "", 1, null, null, null, null, false)));
        long before = count("select count(*) from redemption_request where item_id = " + item.id());
        ExecutorService pool = Executors.newFixedThreadPool(REDEEMERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (String user : users) {
                Callable<List<Long>> work = () -> {
                    start.await(60, TimeUnit.SECONDS);
                    List<Long> nanos = new ArrayList<>();
                    for (int r = 0; r < REQUESTS_EACH; r++) {
                        long t = System.nanoTime();
                        TestCallers.as(user, () -> redemption.request(item.id()));
                        nanos.add(System.nanoTime() - t);
                    }
                    return nanos;
                };
                // a plain thread with the portal's naming and transaction context, 32 of them at once
                futures.add(pool.submit(context.contextualCallable(work)));
            }
            long t0 = System.nanoTime();
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get(10, TimeUnit.MINUTES));
            }
            long wall = System.nanoTime() - t0;
            assertEquals(
                    (long) REDEEMERS * REQUESTS_EACH,
                    count("select count(*) from redemption_request where item_id = " + item.id()) - before);
            Collections.sort(all);
            line(
                    "32 soldiers redeeming at once",
                    String.format(
                            Locale.ROOT,
                            "%d requests in %.2f s: %.0f requests/s, latency p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                            all.size(),
                            wall / 1e9,
                            all.size() / (wall / 1e9),
                            percentile(all, 50) / 1e6,
                            percentile(all, 95) / 1e6,
                            all.get(all.size() - 1) / 1e6));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Soldiers and movements up to BENCH_SOLDIERS / BENCH_MOVEMENTS, through the real write path;
     * then the full verification (twice: the second with the JIT warm) and a soldier's My tokens.
     */
    private void fillAndRead(UnitNode platoon, long category, long actor) throws Exception {
        int soldierTarget = env("BENCH_SOLDIERS", 100_000);
        long movementTarget = env("BENCH_MOVEMENTS", 1_000_000);
        UnitNode big = TestCallers.as(
                "admin", () -> units.create(new UnitDraft("BENCH-BIG-" + tag, "Benchmark company " + tag, null)));
        List<Long> ids = new ArrayList<>(soldierTarget);
        long t = System.nanoTime();
        int chunk = 500;
        for (int from = 0; from < soldierTarget; from += chunk) {
            int f = from;
            int to = Math.min(soldierTarget, from + chunk);
            ids.addAll(TestCallers.as("admin", () -> fill.soldiers("MR-F" + tag, big.id(), f, to)));
        }
        line("fill: soldiers", String.format(Locale.ROOT, "%d in %.1f s", ids.size(), (System.nanoTime() - t) / 1e9));

        // one soldier with a long history (a tenth of a percent of the movements), the rest spread evenly
        long heavy = ids.get(0);
        int heavyCount = (int) Math.max(1, movementTarget / 100);
        long existing = count("select count(*) from reward_movement");
        long toWrite = Math.max(heavyCount + ids.size(), movementTarget - existing);
        t = System.nanoTime();
        List<Long> batch = new ArrayList<>(chunk);
        long written = 0;
        int next = 1;
        for (long i = 0; i < toWrite; i++) {
            if (i < heavyCount) {
                batch.add(heavy);
            } else {
                batch.add(ids.get(next));
                next = next + 1 == ids.size() ? 1 : next + 1;
            }
            if (batch.size() == chunk || i == toWrite - 1) {
                List<Long> these = List.copyOf(batch);
                fill.awards(these, 1, category, actor);
                written += these.size();
                batch.clear();
            }
        }
        long movements = count("select count(*) from reward_movement");
        // planner statistics as a database that grew to this size over months would have them:
        // right after a bulk fill, autovacuum has not analysed the tables yet, and a stale
        // estimate sends a 50-subject IN list on ledger_entry to a sequential scan
        analyze();
        line(
                "fill: movements",
                String.format(
                        Locale.ROOT,
                        "%d written in %.1f s (%d in the database)",
                        written,
                        (System.nanoTime() - t) / 1e9,
                        movements));

        // the run logs where its time went; catch that line to put it beside the figure
        List<String> phases = Collections.synchronizedList(new ArrayList<>());
        Logger verificationLog = Logger.getLogger(LedgerVerification.class.getName());
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getMessage() != null && r.getMessage().startsWith("verification phases")) {
                    phases.add(r.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        verificationLog.addHandler(catcher);
        double portalRate = 0;
        try {
            for (int run = 1; run <= 2; run++) {
                phases.clear();
                VerificationReport r = verification.verifyFull("benchmark");
                assertTrue(r.ok(), r::toString);
                portalRate = r.entries() / (r.millis() / 1e3);
                line(
                        "full verification, run " + run,
                        String.format(
                                Locale.ROOT,
                                "%d entries in %.1f s: %.0f entries/s (%d soldiers, %d movements); %s",
                                r.entries(),
                                r.millis() / 1e3,
                                portalRate,
                                count("select count(*) from soldier"),
                                movements,
                                phases.isEmpty() ? "no phase line logged" : phases.get(0)));
            }
        } finally {
            verificationLog.removeHandler(catcher);
        }
        exportAndVerifierJar(portalRate);

        myTokens("soldier with " + heavyCount + " movements", heavy, heavyCount);
        long typical = ids.get(ids.size() / 2);
        myTokens(
                "soldier with " + count("select count(*) from reward_movement where soldier_id = " + typical)
                        + " movements",
                typical,
                -1);
    }

    /**
     * The same ledger exported by the portal and checked by the standalone verifier jar in a fresh
     * JVM, as an auditor would: its rate beside the portal's own full verification (run 2).
     */
    private void exportAndVerifierJar(double portalRate) throws Exception {
        checkpoints.checkpointNow();
        Path file = Files.createTempFile("rewards-bench-export", ".jsonl");
        try {
            long t = System.nanoTime();
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                var s = TestCallers.as("auditor", () -> exports.export(out));
                double secs = (System.nanoTime() - t) / 1e9;
                line(
                        "export (the portal's LedgerExporter, to a file)",
                        String.format(
                                Locale.ROOT,
                                "%d entries, %d MB in %.1f s: %.0f entries/s",
                                s.entries(),
                                Files.size(file) / 1_000_000,
                                secs,
                                s.entries() / secs));
            }
            String jar = System.getProperty("merit.verifier.jar");
            assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "verifier jar at " + jar);
            String key = org.meritledger.ledger.core.chain.GenesisPayload.parse(
                            ledger.entry(0).payload())
                    .signingKey()
                    .vkey();
            List<String> cmd = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar,
                    "verify-export",
                    file.toString(),
                    "--key",
                    key);
            t = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(p.waitFor(10, TimeUnit.MINUTES), "verifier finished");
            double wall = (System.nanoTime() - t) / 1e9;
            assertEquals(0, p.exitValue(), out);
            String report = out.lines()
                    .filter(l -> l.contains("entries/s"))
                    .findFirst()
                    .orElse("(no rate printed)")
                    .strip();
            double rate = Double.parseDouble(report.replaceAll(".*?([0-9]+) entries/s.*", "$1"));
            line(
                    "standalone verifier jar on that export, fresh JVM",
                    String.format(
                            Locale.ROOT,
                            "%s; %.1f s wall with the JVM's start; %.2f x the portal's run 2",
                            report,
                            wall,
                            rate / portalRate));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** As the soldier's auditor would open My tokens: balance, count and first history page; median of 21 calls. */
    private void myTokens(String who, long soldierId, long expectedBalance) throws Exception {
        TokenSummary s = TestCallers.as("auditor", () -> tokens.summary(soldierId));
        if (expectedBalance >= 0) {
            assertEquals(expectedBalance, s.balance());
        }
        double balance = median(() -> TestCallers.as("auditor", () -> tokens.summary(soldierId)));
        double countMs = median(() -> TestCallers.as("auditor", () -> tokens.count(soldierId, HistoryFilter.NONE)));
        double page = median(() -> {
            List<TokenLine> lines =
                    TestCallers.as("auditor", () -> tokens.history(soldierId, HistoryFilter.NONE, 0, 50));
            assertTrue(!lines.isEmpty());
            return lines;
        });
        line(
                "My tokens, " + who,
                String.format(
                        Locale.ROOT,
                        "balance %.2f ms, history count %.2f ms, first page of 50 %.2f ms (median of 21, target under 50 ms)",
                        balance,
                        countMs,
                        page));
    }

    private static double median(Callable<?> call) throws Exception {
        call.call(); // warm-up
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long t = System.nanoTime();
            call.call();
            nanos.add(System.nanoTime() - t);
        }
        Collections.sort(nanos);
        return nanos.get(10) / 1e6;
    }

    private static long percentile(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    private long awardCategory() {
        return TestCallers.as("admin", () -> categories.list(null, false)).stream()
                .filter(c -> c.code().equals("training-excellence") || c.code().equals("initiative"))
                .map(CategoryRow::id)
                .findFirst()
                .orElseThrow();
    }

    private UnitNode unit(String code) {
        return TestCallers.as("admin", () -> units.list()).stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private void analyze() throws Exception {
        try (Connection c = dataSource.getConnection();
                var st = c.createStatement()) {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                st.execute("analyze");
            }
        }
    }

    private long entries() throws Exception {
        return count("select count(*) from ledger_entry");
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String database() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
        }
    }

    private static void line(String what, String figure) throws Exception {
        String text = what + " | " + figure + System.lineSeparator();
        LOG.info(text);
        // Payara runs in the build's working directory; the figures feed docs/benchmarks.md.
        Path out = Path.of("target", "benchmarks", "rewards.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
