package org.meritledger.devices.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code keygen} writes a key file and prints the public key and key id to register;
 * {@code submit} sends N signed results as the registered device. Exit status 0 when every answer
 * was the expected one (201, or the refusal asked for with --bad-signature / --replay), 1 otherwise,
 * 2 for a usage error.
 */
public final class Main {

    static final String USAGE = """
            Usage:
              java -jar merit-device-simulator.jar keygen <key file>
              java -jar merit-device-simulator.jar submit --url <portal base URL> --device <id> --key <key file>
                     --soldiers <service number,...> [--type rifle-qualification] [--lane 1] [--count N]
                     [--bad-signature] [--replay]
            keygen prints the base64 public key to register on the portal's Range devices page.
            submit sends N results (default 1) round-robin over the soldiers, hits random in 0..40;
            --bad-signature changes one byte of each result after signing (expect 401),
            --replay sends every result twice with the same nonce (expect 201, then 409).
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1) {
            err.print(USAGE);
            return 2;
        }
        try {
            if (args[0].equals("keygen") && args.length == 2) {
                DeviceSigner s = DeviceSigner.generate();
                Files.writeString(Path.of(args[1]), Base64.getEncoder().encodeToString(s.seed()) + "\n");
                out.println("public key: " + s.publicKey());
                out.println("key id:     " + s.keyId());
                return 0;
            }
            if (args[0].equals("submit")) {
                return submit(options(List.of(args).subList(1, args.length)), out);
            }
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        err.print(USAGE);
        return 2;
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--bad-signature") || a.equals("--replay")) {
                o.put(a, "true");
            } else if (a.startsWith("--") && i + 1 < args.size()) {
                o.put(a, args.get(++i));
            } else {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
        }
        for (String required : List.of("--url", "--device", "--key", "--soldiers")) {
            if (!o.containsKey(required)) {
                throw new IllegalArgumentException("missing " + required);
            }
        }
        return o;
    }

    private static int submit(Map<String, String> o, PrintStream out) throws IOException, InterruptedException {
        DeviceSigner signer = new DeviceSigner(Base64.getDecoder()
                .decode(Files.readString(Path.of(o.get("--key"))).strip()));
        long device = Long.parseLong(o.get("--device"));
        String[] soldiers = o.get("--soldiers").split(",");
        int count = Integer.parseInt(o.getOrDefault("--count", "1"));
        boolean bad = o.containsKey("--bad-signature");
        boolean replay = o.containsKey("--replay");
        URI uri = URI.create(o.get("--url").replaceAll("/$", "") + "/api/v1/devices/" + device + "/results");
        HttpClient http = HttpClient.newHttpClient();
        int unexpected = 0;
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < count; i++) {
            Map<String, Object> result = DeviceSigner.result(
                    device,
                    soldiers[i % soldiers.length].strip(),
                    o.getOrDefault("--type", "rifle-qualification"),
                    random.nextInt(41),
                    o.getOrDefault("--lane", "1"),
                    Instant.now(),
                    DeviceSigner.newNonce());
            String body = signer.envelope(result);
            if (bad) {
                body = changeOneByte(body, (String) result.get("nonce"));
            }
            int expected = bad ? 401 : 201;
            unexpected += send(http, uri, body, expected, out);
            if (replay) {
                unexpected += send(http, uri, body, 409, out);
            }
        }
        out.println(unexpected == 0 ? "all answers as expected" : unexpected + " unexpected answers");
        return unexpected == 0 ? 0 : 1;
    }

    /** One changed byte of the signed result, still valid JSON: the nonce's first character. */
    public static String changeOneByte(String body, String nonce) {
        char first = nonce.charAt(0) == 'a' ? 'b' : 'a';
        return body.replace("\"" + nonce + "\"", "\"" + first + nonce.substring(1) + "\"");
    }

    private static int send(HttpClient http, URI uri, String body, int expected, PrintStream out)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        out.println(r.statusCode() + " " + r.body());
        return r.statusCode() == expected ? 0 : 1;
    }
}
