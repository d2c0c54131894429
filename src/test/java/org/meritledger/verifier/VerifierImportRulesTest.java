package org.meritledger.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The verifier jar holds only the pure ledger core, the pure award rule replay, this package and
 * Bouncy Castle, so its code may import nothing else (fully qualified names included: they are
 * checked too); the replay package itself is kept pure by the architecture test.
 */
class VerifierImportRulesTest {

    static final Path MAIN = Path.of("src/main/java/org/meritledger/verifier");

    @Test
    void verifierUsesOnlyJavaAndTheCore() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the project root");
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                for (String line : src.lines().toList()) {
                    String l = line.strip();
                    if (l.startsWith("import ")) {
                        String what = l.substring(7).replace("static ", "");
                        if (!(what.startsWith("java.")
                                || what.startsWith("org.meritledger.ledger.core.")
                                || what.startsWith("org.meritledger.rewards.rules.replay."))) {
                            bad.add(f.getFileName() + ": " + l);
                        }
                    }
                }
                var m = java.util.regex.Pattern.compile(
                                "\\borg\\.meritledger\\.(?!ledger\\.core\\b|verifier\\b|rewards\\.rules\\.replay\\b)[a-z.]+")
                        .matcher(src);
                while (m.find()) {
                    bad.add(f.getFileName() + ": " + m.group());
                }
                for (String framework : List.of("jakarta.", "com.vaadin", "org.hibernate")) {
                    if (src.contains(framework)) {
                        bad.add(f.getFileName() + ": mentions " + framework);
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }
}
