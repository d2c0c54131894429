package org.meritledger.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.export.ExportResult;
import org.meritledger.ledger.core.export.ExportVerifier;
import org.meritledger.rewards.rules.replay.LedgerFeed;
import org.meritledger.rewards.rules.replay.RuleReplay;

/** {@code verify-export}: the whole ledger from an export file (or standard input). */
final class VerifyExport {

    private final Options o;
    private final PrintStream out;

    VerifyExport(Options o, PrintStream out) {
        this.o = o;
        this.out = out;
    }

    int run() throws IOException {
        long t0 = System.nanoTime();
        // the award rules replayed over the same entries, as the portal's full verification does
        LedgerFeed rules = new LedgerFeed();
        ExportResult r;
        try (BufferedReader in = open()) {
            r = new ExportVerifier(o.keys(), o.witnesses(), o.quorum())
                    .reading(e -> rules.accept(e.sequence(), e.type(), e.subject(), e.payload()))
                    .verify(in);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (!r.valid()) {
            out.println("FAILED: " + r.failure());
            out.println(String.format(Locale.ROOT, "%d entries verified before the failure (%.1f s)", r.entries(), s));
            return 1;
        }
        List<RuleReplay.Difference> differences = rules.differences();
        if (!differences.isEmpty()) {
            RuleReplay.Difference d = differences.get(0);
            out.println(String.format(
                    Locale.ROOT,
                    "FAILED: entry %d, award rule replay: %s: expected %s, found %s%s",
                    d.seq(),
                    d.detail(),
                    d.expected(),
                    d.found(),
                    differences.size() > 1 ? " (" + differences.size() + " differences)" : ""));
            return 1;
        }
        out.println(String.format(
                Locale.ROOT,
                "OK: %d entries, %d checkpoints (root and signature each), %d keys; root %s",
                r.entries(),
                r.checkpoints(),
                r.keys(),
                Bytes.hex(r.rootHash())));
        if (!o.witnesses().isEmpty()) {
            out.println(String.format(
                    Locale.ROOT,
                    "%d valid witness cosignatures; witnessed (quorum %d) up to tree size %d",
                    r.cosignatures(),
                    o.quorum(),
                    r.witnessedSize()));
        }
        if (rules.ruleEntries() > 0) {
            out.println(String.format(
                    Locale.ROOT,
                    "award rules replayed: every rule award and reversal is what the rule versions give (%d rule entries)",
                    rules.ruleEntries()));
        }
        out.println(String.format(Locale.ROOT, "%.2f s, %.0f entries/s", s, r.entries() / s));
        return 0;
    }

    private BufferedReader open() throws IOException {
        if (o.file().equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        }
        return new BufferedReader(
                new InputStreamReader(Files.newInputStream(Path.of(o.file())), StandardCharsets.UTF_8), 1 << 16);
    }
}
