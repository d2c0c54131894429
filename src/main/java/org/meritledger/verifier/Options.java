package org.meritledger.verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.meritledger.ledger.core.cosign.CosignerKey;
import org.meritledger.ledger.core.note.NoteVerifier;

/** The parsed command line: one file argument, trusted keys, witnesses, quorum, newer checkpoint. */
record Options(
        String file,
        List<NoteVerifier> keys,
        List<CosignerKey> witnesses,
        int quorum,
        String checkpointFile,
        String consistencyFile) {

    static Options parse(List<String> args) {
        String file = null;
        List<NoteVerifier> keys = new ArrayList<>();
        List<CosignerKey> witnesses = new ArrayList<>();
        Integer quorum = null;
        String checkpoint = null;
        String consistency = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--key" -> keys.add(NoteVerifier.parse(value(args, ++i, a)));
                case "--witness" -> witnesses.add(CosignerKey.parse(value(args, ++i, a)));
                case "--quorum" -> {
                    try {
                        quorum = Integer.parseInt(args.size() > i + 1 ? args.get(++i) : "");
                    } catch (NumberFormatException e) {
                        throw new UsageException("--quorum needs a whole number");
                    }
                }
                case "--checkpoint" -> checkpoint = path(args, ++i, a);
                case "--consistency" -> consistency = path(args, ++i, a);
                default -> {
                    if (a.startsWith("--") || file != null) {
                        throw new UsageException("unexpected argument " + a);
                    }
                    file = a;
                }
            }
        }
        if (file == null) {
            throw new UsageException("name the file to verify");
        }
        if (keys.isEmpty()) {
            throw new UsageException(
                    "give the ledger's verifier key with --key (from its operator, not from the file)");
        }
        if ((checkpoint == null) != (consistency == null)) {
            throw new UsageException("--checkpoint and --consistency go together");
        }
        int q = quorum != null ? quorum : (witnesses.isEmpty() ? 0 : 1);
        if (q < 0 || q > witnesses.size()) {
            throw new UsageException("--quorum must be between 0 and the number of --witness keys");
        }
        return new Options(file, keys, witnesses, q, checkpoint, consistency);
    }

    private static String path(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a file");
        }
        return args.get(i);
    }

    /** A key text, or {@code @file} holding it. */
    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a key");
        }
        String v = args.get(i);
        if (v.startsWith("@")) {
            try {
                return Files.readString(Path.of(v.substring(1)), StandardCharsets.UTF_8)
                        .strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + v.substring(1), e);
            }
        }
        return v;
    }
}
