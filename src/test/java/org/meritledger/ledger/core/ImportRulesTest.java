package org.meritledger.ledger.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core framework-free: main code may import only java.*, org.bouncycastle.* and itself,
 * and every package says in a package-info.java what belongs in it. Source is read from
 * {@code src/main/java} under the working directory (the project root in Maven runs).
 */
class ImportRulesTest {

    static final Path MAIN = Path.of("src/main/java/org/meritledger/ledger/core");

    @Test
    void mainCodeImportsOnlyJavaAndBouncyCastle() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the project root");
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String l = line.strip();
                    if (l.startsWith("import ")) {
                        String what = l.substring(7).replace("static ", "");
                        if (!(what.startsWith("java.")
                                || what.startsWith("org.bouncycastle.")
                                || what.startsWith("org.meritledger.ledger.core."))) {
                            bad.add(f.getFileName() + ": " + l);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> s = Files.list(d)) {
                    hasJava = s.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasJava) {
                    assertTrue(Files.exists(d.resolve("package-info.java")), "no package-info.java in " + d);
                }
            }
        }
        assertFalse(Files.exists(MAIN.resolve("jakarta")));
    }
}
