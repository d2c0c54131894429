package org.meritledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code verify-export} or {@code verify-receipt}. Exit status 0 only when
 * everything verified, 1 when something did not (the first failure is printed), 2 for a usage
 * or input error (unreadable file, malformed key).
 */
public final class Main {

    static final String USAGE = """
            Usage:
              java -jar merit-verifier.jar verify-export <export.jsonl | -> --key <verifier key> [--key ...]
                     [--witness <witness key>]... [--quorum <n>]
              java -jar merit-verifier.jar verify-receipt <receipt.json> --key <verifier key> [--key ...]
                     [--witness <witness key>]... [--quorum <n>]
                     [--checkpoint <newer checkpoint file> --consistency <proof file>]
            A key is the signed-note verifier key text (name+keyid+base64), or @file to read it from a file.
            --quorum defaults to 1 when --witness is given, else 0. Exit status: 0 verified, 1 not verified,
            2 usage or input error.
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit status (tests call this instead of {@link #main}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            Options o = Options.parse(rest);
            return switch (args[0]) {
                case "verify-export" -> new VerifyExport(o, out).run();
                case "verify-receipt" -> new VerifyReceipt(o, out).run();
                default -> throw new UsageException("unknown command " + args[0]);
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
