package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.api.token.ApiTokenService;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.devices.DeviceKeys;
import org.meritledger.devices.DeviceRow;
import org.meritledger.devices.simulator.DeviceSigner;
import org.meritledger.ledger.CheckpointWriter;
import org.meritledger.ledger.LedgerService;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * The REST API on a real Payara Micro: problem details, the life of a Bearer token, every
 * endpoint against every kind of caller, the OpenAPI document, bad input on the write endpoint,
 * and range device submissions (accepted and verifiable with the device key alone, or refused
 * with their reason and nothing recorded).
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    static final String RIFLE = "rifle-qualification";
    /** Demo data: a.cdr commands Alpha Company (A-COY); MR-100003 is a soldier of its 1st Platoon, MR-100034 of Bravo's. */
    static final String ALPHA_SOLDIER = "MR-100003";

    static final String BRAVO_SOLDIER = "MR-100034";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(ApiTestSupport.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ApiTestSupport support;

    @Inject
    LedgerService ledger;

    @Inject
    CheckpointWriter checkpoints;

    @Inject
    LedgerVerification verification;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    record Resp(int status, String type, String body, HttpResponse<String> raw) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String problemType() {
            return json().getString("type");
        }
    }

    private Resp call(String method, String path, String token, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Resp(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    private Resp get(String path, String token) throws Exception {
        return call("GET", path, token, null, null);
    }

    private Resp submit(long device, String token, String body) throws Exception {
        return call("POST", "devices/" + device + "/results", token, "application/json", body);
    }

    /** Asserts an RFC 9457 problem of the given status and type slug. */
    private static JsonObject assertProblem(Resp r, int status, String slug) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.type().startsWith("application/problem+json"), r.type());
        JsonObject p = r.json();
        assertEquals("urn:merit-ledger:problem:" + slug, p.getString("type"), r.body());
        assertEquals(status, p.getInt("status"));
        assertFalse(p.getString("title").isBlank());
        assertTrue(p.getString("instance").contains("/api/v1/"), r.body());
        return p;
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long unitId(String code) throws Exception {
        return count("select id from org_unit where code = '" + code + "'");
    }

    /** What a refused submission must leave unchanged: submissions, draft lines, sessions and the ledger. */
    private String recorded() throws Exception {
        return count("select count(*) from device_submission") + "/" + count("select count(*) from training_result")
                + "/" + count("select count(*) from training_session") + "/" + ledger.size();
    }

    // ---- shared fixture: one device of Alpha Company, tokens of every kind of caller -------------

    static final class Fixture {
        DeviceSigner signer;
        DeviceRow device;
        DeviceSigner revokedSigner;
        DeviceRow revokedDevice;
        Map<String, String> tokens = new LinkedHashMap<>();
        long acceptedSession;
    }

    private static Fixture fixture;

    private synchronized Fixture fixture() throws Exception {
        if (fixture != null) {
            return fixture;
        }
        Fixture f = new Fixture();
        f.signer = DeviceSigner.generate();
        f.device = support.register("admin", "Lane 4 target", unitId("A-COY"), f.signer.publicKey(), List.of(RIFLE));
        f.revokedSigner = DeviceSigner.generate();
        f.revokedDevice = support.register(
                "admin", "Old lane 5 target", unitId("A-COY"), f.revokedSigner.publicKey(), List.of(RIFLE));
        support.revokeDevice("admin", f.revokedDevice.id());
        for (String[] who : new String[][] {
            {"soldier", "mr-100003"},
            {"otherCommander", "b.cdr"},
            {"commander", "a.cdr"},
            {"admin", "admin"},
            {"auditor", "auditor"}
        }) {
            f.tokens.put(who[0], support.token(who[1], 30, Duration.ZERO).token());
        }
        f.tokens.put("expired", support.token("a.cdr", 1, Duration.ofDays(2)).token());
        ApiTokenService.Issued revoked = support.token("a.cdr", 30, Duration.ZERO);
        support.revokeToken("a.cdr", revoked.row().id());
        f.tokens.put("revoked", revoked.token());
        // one accepted result, so Alpha Company has a (device-opened) draft session
        Resp r = submit(f.device.id(), null, f.signer.envelope(result(f, ALPHA_SOLDIER, 31, Instant.now())));
        assertEquals(201, r.status(), r.body());
        f.acceptedSession = r.json().getJsonNumber("sessionId").longValue();
        fixture = f;
        return f;
    }

    private static Map<String, Object> result(Fixture f, String serviceNumber, int hits, Instant time) {
        return DeviceSigner.result(f.device.id(), serviceNumber, RIFLE, hits, "4", time, DeviceSigner.newNonce());
    }

    // ---- tests ------------------------------------------------------------------------------------

    @Test
    void errorsAreProblemDetails() throws Exception {
        assertProblem(get("no-such-resource", null), 404, "not-found");
        Resp anonymous = get("me", null);
        assertProblem(anonymous, 401, "unauthorized");
        assertTrue(anonymous
                .raw()
                .headers()
                .firstValue("WWW-Authenticate")
                .orElse("")
                .startsWith("Bearer"));
        JsonObject invalid = assertProblem(get("ledger/proofs/inclusion?seq=abc&size=1", null), 422, "validation");
        assertEquals("seq", invalid.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                "api.param.notInteger",
                invalid.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertProblem(get("ledger/proofs/inclusion?seq=0", null), 422, "validation");
        assertProblem(call("DELETE", "me", null, null, null), 405, "method-not-allowed");
        assertProblem(get("sessions/99999999/results", fixture().tokens.get("admin")), 404, "not-found");
        assertProblem(get("ledger/entries/99999999", fixture().tokens.get("admin")), 404, "not-found");
        assertProblem(get("ledger/proofs/consistency?from=5&to=2", null), 422, "validation");
        assertProblem(get("units/abc/sessions", fixture().tokens.get("admin")), 404, "not-found");
    }

    @Test
    void bearerTokenLifecycle() throws Exception {
        ApiTokenService.Issued issued = support.token("a.cdr", 7, Duration.ZERO);
        assertTrue(issued.token().startsWith("mlt_"));
        assertFalse(issued.row().prefix().length() > 12, "the list shows only the token's beginning");
        Resp me = get("me", issued.token());
        assertEquals(200, me.status(), me.body());
        assertEquals("a.cdr", me.json().getString("username"));
        assertTrue(me.json().getJsonArray("roles").toString().contains("COMMANDER"));
        assertEquals("MR-100001", me.json().getJsonObject("soldier").getString("serviceNumber"));
        assertNotNull(
                support.tokensOf("a.cdr", Duration.ZERO).mine().stream()
                        .filter(t -> t.id() == issued.row().id())
                        .findFirst()
                        .orElseThrow()
                        .lastUsedAt(),
                "use is recorded");
        // the token is stored only as its hash
        assertEquals(0, count("select count(*) from api_token where token_hash = '" + issued.token() + "'"));

        support.revokeToken("a.cdr", issued.row().id());
        Resp revoked = get("me", issued.token());
        assertProblem(revoked, 401, "invalid-token");
        assertTrue(revoked.raw()
                .headers()
                .firstValue("WWW-Authenticate")
                .orElse("")
                .contains("invalid_token"));
        // a refused token is refused on public resources too, never treated as anonymous
        assertProblem(get("ledger/checkpoint", issued.token()), 401, "invalid-token");

        String expired =
                support.token("a.cdr", 1, Duration.ofDays(1).plusMinutes(1)).token();
        assertProblem(get("me", expired), 401, "invalid-token");
        assertProblem(get("me", "mlt_" + "A".repeat(43)), 401, "invalid-token");
        assertProblem(get("me", "not-a-token"), 401, "invalid-token");
        // another account's token cannot be revoked by this one: it is not found
        ApiTokenService.Issued other = support.token("b.cdr", 7, Duration.ZERO);
        try {
            support.revokeToken("a.cdr", other.row().id());
            throw new AssertionError("revoked another account's token");
        } catch (RuntimeException e) {
            assertTrue(
                    String.valueOf(e).contains("not found")
                            || String.valueOf(e.getCause()).contains("not found"),
                    String.valueOf(e));
        }
        assertEquals(200, get("me", other.token()).status());
        // basic credentials do not authenticate the API (only Bearer tokens do)
        HttpResponse<String> basic = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString("admin:merit-demo-2026".getBytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, basic.statusCode());
    }

    @Test
    void authorisationMatrix() throws Exception {
        Fixture f = fixture();
        checkpoints.checkpointNow();
        long from = ledger.size();
        support.register(
                "admin", "Matrix lane", unitId("B-COY"), DeviceSigner.generate().publicKey(), List.of(RIFLE));
        checkpoints.checkpointNow();
        long to = ledger.size();
        long alpha = unitId("A-COY");
        String[] callers = {
            "anonymous", "soldier", "otherCommander", "commander", "admin", "auditor", "expired", "revoked"
        };
        Map<String, int[]> matrix = new LinkedHashMap<>();
        // expected status per caller, in the order above
        matrix.put("GET me", new int[] {401, 200, 200, 200, 200, 200, 401, 401});
        matrix.put("GET me/results", new int[] {401, 200, 200, 200, 200, 200, 401, 401});
        matrix.put("GET units", new int[] {401, 403, 200, 200, 200, 200, 401, 401});
        matrix.put("GET units/" + alpha + "/sessions", new int[] {401, 403, 404, 200, 200, 200, 401, 401});
        matrix.put(
                "GET sessions/" + f.acceptedSession + "/results", new int[] {401, 403, 404, 200, 200, 200, 401, 401});
        matrix.put("GET ledger/checkpoint", new int[] {200, 200, 200, 200, 200, 200, 401, 401});
        matrix.put("GET ledger/entries/1", new int[] {401, 403, 403, 403, 200, 200, 401, 401});
        matrix.put("GET ledger/proofs/inclusion?seq=1&size=" + to, new int[] {200, 200, 200, 200, 200, 200, 401, 401});
        matrix.put(
                "GET ledger/proofs/consistency?from=" + from + "&to=" + to,
                new int[] {200, 200, 200, 200, 200, 200, 401, 401});
        // a device authenticates by its signature; a token sent along is not read at all
        matrix.put("POST devices/" + f.device.id() + "/results", new int[] {201, 201, 201, 201, 201, 201, 201, 201});
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, int[]> row : matrix.entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path = row.getKey().substring(method.length() + 1);
            for (int i = 0; i < callers.length; i++) {
                String token = f.tokens.get(callers[i]);
                Resp r = method.equals("GET")
                        ? get(path, token)
                        : submit(
                                f.device.id(),
                                token,
                                f.signer.envelope(result(f, ALPHA_SOLDIER, 20 + i, Instant.now())));
                if (r.status() != row.getValue()[i]) {
                    wrong.add(row.getKey() + " as " + callers[i] + ": " + r.status() + " " + r.body());
                }
                if (r.status() >= 400) {
                    assertTrue(r.type().startsWith("application/problem+json"), row.getKey() + " " + r.type());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // scope: the commander sees only units of Alpha Company, the other commander only Bravo's
        String units = get("units", f.tokens.get("commander")).body();
        assertTrue(units.contains("\"A-COY\"") && !units.contains("\"B-COY\""), units);
        String other = get("units", f.tokens.get("otherCommander")).body();
        assertTrue(other.contains("\"B-COY\"") && !other.contains("\"A-COY\""), other);
        assertTrue(get("ledger/checkpoint", null).body().contains("\n"), "C2SP note text");
    }

    @Test
    void openApiDocumentListsEveryEndpoint() throws Exception {
        URI doc = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(doc).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject paths =
                Json.createReader(new StringReader(r.body())).readObject().getJsonObject("paths");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("/api/v1/me", List.of("get", "401"));
        expected.put("/api/v1/me/results", List.of("get", "401", "422"));
        expected.put("/api/v1/units", List.of("get", "401", "403"));
        expected.put("/api/v1/units/{id}/sessions", List.of("get", "401", "403", "404", "422"));
        expected.put("/api/v1/sessions/{id}/results", List.of("get", "401", "403", "404"));
        expected.put("/api/v1/ledger/checkpoint", List.of("get", "404"));
        expected.put("/api/v1/ledger/entries/{seq}", List.of("get", "401", "403", "404"));
        expected.put("/api/v1/ledger/proofs/inclusion", List.of("get", "422"));
        expected.put("/api/v1/ledger/proofs/consistency", List.of("get", "404", "422"));
        expected.put(
                "/api/v1/devices/{id}/results",
                List.of("post", "400", "401", "403", "404", "409", "413", "415", "422", "429"));
        expected.put("/api/v1/devices/{id}/batches", List.of("post", "400", "413", "415", "422"));
        List<String> apiPaths = new ArrayList<>();
        for (String p : paths.keySet()) {
            if (p.contains("/api/v1/")) {
                apiPaths.add(p.substring(p.indexOf("/api/v1/")));
            }
        }
        assertEquals(
                expected.keySet().stream().sorted().toList(),
                apiPaths.stream().sorted().toList(),
                r.body());
        for (String p : paths.keySet()) {
            String key = p.substring(p.indexOf("/api/v1/"));
            List<String> want = expected.get(key);
            JsonObject op = paths.getJsonObject(p).getJsonObject(want.get(0));
            assertNotNull(op, key + " " + want.get(0));
            JsonObject responses = op.getJsonObject("responses");
            for (String code : want.subList(1, want.size())) {
                assertTrue(responses.containsKey(code), key + " documents " + code + ": " + responses);
            }
        }
    }

    @Test
    void badInputOnTheWriteEndpointIsRefusedWithNothingRecorded() throws Exception {
        Fixture f = fixture();
        long id = f.device.id();
        String before = recorded();
        assertProblem(submit(id, null, "{\"result\": {"), 400, "malformed-json");
        assertProblem(submit(id, null, "{\"result\":{},\"result\":{}}"), 400, "malformed-json");
        assertProblem(submit(id, null, "[]"), 422, "validation");
        assertProblem(submit(id, null, "{}"), 422, "validation");
        JsonObject missing = assertProblem(submit(id, null, "{\"result\":{},\"keyId\":5}"), 422, "validation");
        assertTrue(
                missing.toString().contains("signature") && missing.toString().contains("keyId"), missing.toString());
        // wrong types and missing fields inside a correctly signed result
        Map<String, Object> wrongType = result(f, ALPHA_SOLDIER, 10, Instant.now());
        wrongType.put("hits", "ten");
        JsonObject typed = assertProblem(submit(id, null, f.signer.envelope(wrongType)), 422, "validation");
        assertTrue(typed.toString().contains("result.hits"), typed.toString());
        Map<String, Object> noNonce = result(f, ALPHA_SOLDIER, 10, Instant.now());
        noNonce.remove("nonce");
        JsonObject absent = assertProblem(submit(id, null, f.signer.envelope(noNonce)), 422, "validation");
        assertTrue(absent.toString().contains("result.nonce"), absent.toString());
        // oversized and wrongly typed bodies
        String big = "{\"result\":{\"pad\":\"" + "x".repeat(70_000) + "\"}}";
        assertProblem(submit(id, null, big), 413, "payload-too-large");
        assertProblem(
                call(
                        "POST",
                        "devices/" + id + "/results",
                        null,
                        "text/plain",
                        f.signer.envelope(result(f, ALPHA_SOLDIER, 9, Instant.now()))),
                415,
                "unsupported-media-type");
        assertEquals(before, recorded());
    }

    @Test
    void aBatchRecordsEachResultOnItsOwn() throws Exception {
        Fixture f = fixture();
        long id = f.device.id();
        String before = recorded();
        assertProblem(
                call("POST", "devices/" + id + "/batches", null, "application/json", "{\"results\":[]}"),
                422,
                "validation");
        assertProblem(
                call("POST", "devices/" + id + "/batches", null, "application/json", "{\"results\":{}}"),
                422,
                "validation");
        assertProblem(
                call("POST", "devices/" + id + "/batches", null, "application/json", "{\"results\":["),
                400,
                "malformed-json");
        assertEquals(before, recorded());
        // buffered while offline: five minutes old, still inside the window
        String buffered =
                f.signer.envelope(result(f, "MR-100008", 28, Instant.now().minusSeconds(300)));
        String tampered =
                f.signer.envelope(result(f, "MR-100009", 12, Instant.now())).replace("\"hits\":12", "\"hits\":39");
        String batch = "{\"results\":[" + buffered + "," + buffered + "," + tampered + ",7]}";
        Resp r = call("POST", "devices/" + id + "/batches", null, "application/json", batch);
        assertEquals(200, r.status(), r.body());
        JsonObject out = r.json();
        assertEquals(1, out.getInt("accepted"), r.body());
        assertEquals(3, out.getInt("refused"), r.body());
        List<Integer> statuses = out.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getInt("status"))
                .toList();
        assertEquals(List.of(201, 409, 401, 422), statuses, r.body());
        assertEquals(
                "urn:merit-ledger:problem:nonce-reused",
                out.getJsonArray("items")
                        .getJsonObject(1)
                        .getJsonObject("problem")
                        .getString("type"));
        assertEquals(
                count("select count(*) from device_submission") - 1,
                Long.parseLong(before.substring(0, before.indexOf('/'))),
                "exactly the one accepted result is recorded");
    }

    @Test
    void eachDeviceAndCredentialHasARateLimit() throws Exception {
        // a device id nobody uses, so the flood counts against its own key only (default 600 a minute)
        long unknown = 424242;
        int first429 = -1;
        for (int i = 0; i < 1300 && first429 < 0; i++) {
            Resp r = submit(unknown, null, "{}");
            if (r.status() == 429) {
                first429 = i;
                assertProblem(r, 429, "rate-limited");
                assertEquals("60", r.raw().headers().firstValue("Retry-After").orElse(""));
            } else {
                assertEquals(422, r.status(), r.body());
            }
        }
        // the count may straddle a minute boundary, which restarts it: then the 429 comes later
        assertTrue(first429 >= 600, "429 after the limit, at request " + first429);
        assertEquals(422, submit(unknown + 1, null, "{}").status(), "another device is not limited");
    }

    /** Runs the device simulator jar in its own JVM; returns exit status and output. */
    private static Map.Entry<Integer, String> simulator(String... args) throws Exception {
        String jar = System.getProperty("merit.simulator.jar");
        assertTrue(
                jar != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(jar)),
                "simulator jar at " + jar);
        List<String> cmd = new ArrayList<>(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(),
                "-jar",
                jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "simulator finished");
        return Map.entry(p.exitValue(), out);
    }

    @Test
    void theSimulatorJarPlaysADevice() throws Exception {
        java.nio.file.Path key = java.nio.file.Files.createTempFile("api-it-device", ".key");
        var made = simulator("keygen", key.toString());
        assertEquals(0, made.getKey(), made.getValue());
        String publicKey = made.getValue()
                .lines()
                .filter(l -> l.startsWith("public key: "))
                .findFirst()
                .orElseThrow()
                .substring("public key: ".length())
                .strip();
        DeviceRow device = support.register("admin", "Simulated lane", unitId("A-1PL"), publicKey, List.of(RIFLE));
        String url = base.toString();
        String[] common = {
            "--url",
            url,
            "--device",
            Long.toString(device.id()),
            "--key",
            key.toString(),
            "--soldiers",
            "MR-100006,MR-100007"
        };
        long before = count("select count(*) from device_submission where device_id = " + device.id());
        var ok = simulator(concat(new String[] {"submit", "--count", "3"}, common));
        assertEquals(0, ok.getKey(), ok.getValue());
        var bad = simulator(concat(new String[] {"submit", "--count", "2", "--bad-signature"}, common));
        assertEquals(0, bad.getKey(), bad.getValue());
        assertTrue(bad.getValue().contains("device-signature-invalid"), bad.getValue());
        var replay = simulator(concat(new String[] {"submit", "--count", "2", "--replay"}, common));
        assertEquals(0, replay.getKey(), replay.getValue());
        assertTrue(replay.getValue().contains("nonce-reused"), replay.getValue());
        assertEquals(before + 5, count("select count(*) from device_submission where device_id = " + device.id()));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void deviceSubmissionsAcceptedAndRefused() throws Exception {
        Fixture f = fixture();
        long id = f.device.id();

        // accepted: a device-signed draft line, and a ledger entry that verifies with the device key alone
        Map<String, Object> good = result(f, "MR-100004", 33, Instant.now());
        String body = f.signer.envelope(good);
        Resp ok = submit(id, null, body);
        assertEquals(201, ok.status(), ok.body());
        long seq = ok.json().getJsonNumber("ledgerSeq").longValue();
        assertEquals(
                f.acceptedSession, ok.json().getJsonNumber("sessionId").longValue(), "joins the day's draft session");
        JsonObject entry = get("ledger/entries/" + seq, f.tokens.get("auditor")).json();
        assertEquals("device.result.accepted", entry.getString("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) JsonParser.parse(entry.getString("payload"));
        @SuppressWarnings("unchecked")
        String signedText = Jcs.canonicalize((Map<String, Object>) payload.get("result"));
        assertTrue(DeviceKeys.verify(
                DeviceKeys.parsePublicKey(f.signer.publicKey()).orElseThrow(), signedText, (String)
                        payload.get("signature")));
        assertEquals(f.signer.keyId(), payload.get("keyId"));
        JsonObject sheet = get("sessions/" + f.acceptedSession + "/results", f.tokens.get("commander"))
                .json();
        assertEquals("DRAFT", sheet.getJsonObject("session").getString("state"));
        JsonObject line = sheet.getJsonArray("lines").stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getString("serviceNumber").equals("MR-100004"))
                .findFirst()
                .orElseThrow();
        assertEquals("33", line.getJsonObject("raw").getString("hits"));
        assertEquals(
                1,
                count("select count(*) from training_result where id = "
                        + ok.json().getJsonNumber("resultId").longValue() + " and device_submission_id is not null"));

        String before = recorded();
        // one changed byte
        assertProblem(submit(id, null, body.replace("\"hits\":33", "\"hits\":38")), 401, "device-signature-invalid");
        // the same nonce again
        assertProblem(submit(id, null, body), 409, "nonce-reused");
        // outside the time window (default 10 minutes), both ways
        assertProblem(
                submit(
                        id,
                        null,
                        f.signer.envelope(
                                result(f, "MR-100005", 30, Instant.now().minusSeconds(660)))),
                422,
                "device-time-outside-window");
        assertProblem(
                submit(
                        id,
                        null,
                        f.signer.envelope(
                                result(f, "MR-100005", 30, Instant.now().plusSeconds(660)))),
                422,
                "device-time-outside-window");
        // signed by a key that is not the device's
        DeviceSigner stranger = DeviceSigner.generate();
        assertProblem(
                submit(id, null, stranger.envelope(result(f, "MR-100005", 30, Instant.now()))),
                401,
                "device-key-unknown");
        assertProblem(
                submit(987654, null, f.signer.envelope(result(f, "MR-100005", 30, Instant.now()))),
                404,
                "device-unknown");
        // revoked device, with its own valid signature
        Map<String, Object> fromRevoked = DeviceSigner.result(
                f.revokedDevice.id(), "MR-100005", RIFLE, 30, "5", Instant.now(), DeviceSigner.newNonce());
        assertProblem(submit(f.revokedDevice.id(), null, f.revokedSigner.envelope(fromRevoked)), 403, "device-revoked");
        // soldier outside the device's unit, and an unknown one
        assertProblem(
                submit(id, null, f.signer.envelope(result(f, BRAVO_SOLDIER, 30, Instant.now()))),
                422,
                "soldier-not-in-unit");
        assertProblem(
                submit(id, null, f.signer.envelope(result(f, "MR-999999", 30, Instant.now()))),
                422,
                "soldier-not-in-unit");
        // a training type the device is not registered for
        Map<String, Object> fitness = result(f, "MR-100005", 30, Instant.now());
        fitness.put("trainingType", "physical-fitness");
        assertProblem(submit(id, null, f.signer.envelope(fitness)), 403, "training-type-not-registered");
        // the result names another device than the address
        Map<String, Object> elsewhere = result(f, "MR-100005", 30, Instant.now());
        elsewhere.put("deviceId", f.revokedDevice.id());
        assertProblem(submit(id, null, f.signer.envelope(elsewhere)), 422, "validation");
        assertEquals(before, recorded(), "nothing recorded by a refused submission");

        // the admin list shows the last submission; the ledger (with the device tables mirrored) verifies
        DeviceRow listed = support.devices("admin").stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
        assertNotNull(listed.lastSubmission());
        assertTrue(listed.submissions() >= 2);
        var report = verification.verifyFull();
        assertTrue(report.ok(), report.toString());
    }
}
