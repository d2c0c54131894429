package org.meritledger.ledger.witness;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.meritledger.ledger.core.witness.AddCheckpoint;

/** Sends one tlog-witness {@code add-checkpoint} request (JDK HTTP client; keep-alive by default). */
public final class WitnessClient {

    /** The witness's answer. */
    public record Reply(int status, String contentType, String body) {}

    private final HttpClient http;

    public WitnessClient() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    WitnessClient(HttpClient http) {
        this.http = http;
    }

    public Reply addCheckpoint(WitnessSettings.Target target, long oldSize, List<byte[]> proof, String signedNote)
            throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(target.addCheckpoint())
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        new AddCheckpoint(oldSize, proof, signedNote).format(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(
                resp.statusCode(), resp.headers().firstValue("Content-Type").orElse(""), resp.body());
    }
}
