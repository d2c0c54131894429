package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.personnel.AccountDraft;
import org.meritledger.personnel.AccountService;
import org.meritledger.security.Role;

/**
 * The portal against the usual web attacks, over real HTTP on a real Payara Micro: exact login
 * counting under parallel attempts and never a 500; security headers and SameSite cookies over
 * HTTP/1.1 and HTTP/2; login and logout refused from another site; error pages in
 * the portal's look and the browser's language without a trace; health and metrics access.
 */
@ExtendWith(ArquillianExtension.class)
class WebHardeningIT {

    /** The default lockout threshold (merit.security.lockout.threshold). */
    static final int THRESHOLD = 5;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, WebTestReadiness.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    AccountService accounts;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20))
            .build();

    // ---- item 11: login counting under concurrency ----

    @Test
    void eightParallelCorrectLoginsAllSucceed() throws Exception {
        Account a = newAccount("web.par.ok");
        List<HttpResponse<String>> results = parallel(8, () -> login(a.username(), a.password(), null));
        for (HttpResponse<String> r : results) {
            assertEquals(302, r.statusCode(), r.body());
            String location = r.headers().firstValue("Location").orElse("");
            assertFalse(location.contains("error"), location);
            assertTrue(cookie(r, "JSESSIONID").isPresent(), "a session for each login");
        }
        assertEquals(0, failedAttempts(a.username()));
    }

    @Test
    void fortyParallelWrongPasswordsAreAllCountedAndLock() throws Exception {
        Account a = newAccount("web.par.bad");
        List<HttpResponse<String>> results = parallel(40, () -> login(a.username(), "wrong-password-123", null));
        for (HttpResponse<String> r : results) {
            assertEquals(302, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Location").orElse("").endsWith("login?error"));
        }
        assertEquals(40, failedAttempts(a.username()));
        assertNotNull(lockedUntil(a.username()));
        // locked: the right password no longer helps
        assertTrue(location(login(a.username(), a.password(), null)).endsWith("login?error"));
    }

    @Test
    void theAccountLocksAfterExactlyTheThreshold() throws Exception {
        Account a = newAccount("web.threshold");
        for (int i = 0; i < THRESHOLD - 1; i++) {
            assertTrue(location(login(a.username(), "wrong-password-123", null)).endsWith("login?error"));
        }
        assertEquals(THRESHOLD - 1, failedAttempts(a.username()));
        assertNull(lockedUntil(a.username()), "not locked one failure before the threshold");
        assertFalse(location(login(a.username(), a.password(), null)).contains("error"));
        assertEquals(0, failedAttempts(a.username()), "a correct login starts the count again");
        for (int i = 0; i < THRESHOLD; i++) {
            login(a.username(), "wrong-password-123", null);
        }
        assertEquals(THRESHOLD, failedAttempts(a.username()));
        assertNotNull(lockedUntil(a.username()));
        assertTrue(location(login(a.username(), a.password(), null)).endsWith("login?error"));
    }

    // ---- item 12: headers, cookies, login CSRF, logout by POST ----

    @Test
    void headersAndSessionCookieOverHttp11() throws Exception {
        HttpResponse<String> r = http.send(get(base + "login").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(HttpClient.Version.HTTP_1_1, r.version());
        assertSecurityHeaders(r, false);
        String nonce = assertScriptsCarryNonce(r);
        assertTrue(
                r.headers().firstValue("Content-Security-Policy").orElseThrow().contains("'nonce-" + nonce + "'"));

        Account a = newAccount("web.cookie");
        HttpResponse<String> login = login(a.username(), a.password(), null);
        String session = cookie(login, "JSESSIONID")
                .orElseThrow(() -> new AssertionError(login.headers().map()));
        assertTrue(session.contains("SameSite=Lax"), session);
        assertTrue(session.toLowerCase().contains("httponly"), session);
    }

    /**
     * HTTP/2 as the JDK client speaks it to a plain-HTTP address (h2c upgrade): the headers must
     * not depend on the protocol version (X-Frame-Options used to be missing on HTTP/2).
     */
    @Test
    void headersOverHttp2() throws Exception {
        HttpClient h2 = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
        // a first request may be answered over HTTP/1.1 while the connection upgrades
        h2.send(get(base + "login").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> r = h2.send(get(base + "login").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(HttpClient.Version.HTTP_2, r.version(), "HTTP/2");
        assertSecurityHeaders(r, false);
        assertScriptsCarryNonce(r);
    }

    @Test
    void loginAndLogoutFromAnotherSiteAreRefusedAndLogoutNeedsPost() throws Exception {
        Account a = newAccount("web.csrf");
        HttpResponse<String> foreign = login(a.username(), a.password(), "https://evil.example");
        assertEquals(403, foreign.statusCode());
        assertEquals(0, failedAttempts(a.username()), "a refused cross-site login checks no password");
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> same = login(a.username(), a.password(), own);
        assertEquals(302, same.statusCode());
        assertFalse(location(same).contains("error"));
        String session = cookie(same, "JSESSIONID").orElseThrow().split(";", 2)[0];

        HttpResponse<String> byGet =
                http.send(get(base + "logout").header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, byGet.statusCode());
        assertEquals("POST", byGet.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> crossSite = http.send(
                HttpRequest.newBuilder(URI.create(base + "logout"))
                        .header("Cookie", session)
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossSite.statusCode());
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(URI.create(base + "logout"))
                        .header("Cookie", session)
                        .header("Origin", own)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, post.statusCode());
        assertTrue(location(post).endsWith("login?logout"));
    }

    @Test
    void thePublicReceiptCheckStillOpens() throws Exception {
        HttpResponse<String> r = http.send(get(base + "verify-receipt").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertSecurityHeaders(r, false);
    }

    // ---- item 13: error pages ----

    @Test
    void errorsOutsideTheUiGetThePortalsPageWithoutATrace() throws Exception {
        HttpResponse<String> en = http.send(
                get(base + "VAADIN/no-such-file.js")
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, en.statusCode());
        assertTrue(en.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(en.body().contains("Page not found") && en.body().contains("id=\"error-home\""), en.body());
        HttpResponse<String> zh = http.send(
                get(base + "VAADIN/no-such-file.js")
                        .header("Accept-Language", "zh-CN")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(zh.body().contains("页面不存在") && zh.body().contains("功绩账本"), zh.body());
    }

    // ---- item 9: health and metrics ----

    @Test
    void metricsAreOffByDefault() throws Exception {
        HttpResponse<String> anonymous = http.send(get(base + "metrics").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, anonymous.statusCode());
        HttpResponse<String> admin = http.send(
                get(base + "metrics")
                        .header("Authorization", basic("admin", "merit-demo-2026"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, admin.statusCode());
    }

    // ---- helpers ----

    record Account(String username, String password) {}

    private Account newAccount(String prefix) {
        String name = prefix + "." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        var issued = TestCallers.as(
                "admin",
                () -> accounts.create(
                        new AccountDraft(name, "Web test " + name, null, Set.of(Role.AUDITOR), Set.of(), true)));
        return new Account(name, issued.temporaryPassword());
    }

    private HttpResponse<String> login(String user, String password, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs {@code n} calls at once (released together) and returns every response; none may be a 500. */
    private static <T extends HttpResponse<?>> List<T> parallel(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                T r = f.get();
                assertTrue(r.statusCode() < 500, "HTTP " + r.statusCode() + ": " + r.body());
                out.add(r);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private int failedAttempts(String user) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select failed_attempts from account where username = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), user);
                return rs.getInt(1);
            }
        }
    }

    private Object lockedUntil(String user) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select locked_until from account where username = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), user);
                return rs.getObject(1);
            }
        }
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private static java.util.Optional<String> cookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .reduce((first, second) -> second);
    }

    private static void assertSecurityHeaders(HttpResponse<?> r, boolean tls) {
        var h = r.headers();
        String csp = h.firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError(h.map()));
        for (String directive : List.of(
                "default-src 'self'",
                "object-src 'none'",
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "form-action 'self'")) {
            assertTrue(csp.contains(directive), csp);
        }
        assertFalse(csp.matches(".*script-src[^;]*'unsafe-inline'.*"), csp);
        assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(null));
        assertEquals(
                "strict-origin-when-cross-origin",
                h.firstValue("Referrer-Policy").orElse(null));
        assertTrue(h.firstValue("Permissions-Policy").orElse("").contains("camera=()"));
        assertEquals(tls, h.firstValue("Strict-Transport-Security").isPresent(), "HSTS only over TLS");
        for (String header : List.of("Server", "X-Powered-By")) {
            for (String v : h.allValues(header)) {
                assertFalse(v.matches("(?i).*(payara|glassfish|grizzly|servlet|jsp|java).*"), header + ": " + v);
            }
        }
    }

    /** Every script of Vaadin's bootstrap page carries the nonce of the response's policy. */
    private static String assertScriptsCarryNonce(HttpResponse<String> r) {
        Matcher m = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'")
                .matcher(r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(m.find());
        String nonce = m.group(1);
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(r.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group().contains("nonce=\"" + nonce + "\""), scripts.group());
        }
        assertTrue(count > 0, r.body());
        return nonce;
    }

    /** Vaadin builds the view when the client asks for it: this is that request. */
    private void assertNotFoundView(String language, String title, String appTitle) throws Exception {
        HttpResponse<String> page = http.send(
                get(base + "no-such-page").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(page, "JSESSIONID")
                .orElseThrow(() -> new AssertionError(page.headers().map()))
                .split(";", 2)[0];
        HttpResponse<String> init = http.send(
                get(base + "?v-r=init&location=no-such-page&query=")
                        .header("Accept-Language", language)
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String body = init.body();
        assertTrue(body.contains(title), body);
        assertTrue(body.contains(appTitle), "inside the portal's layout: " + body);
        assertTrue(body.contains("not-found-home"), "with a way back: " + body);
        assertFalse(body.contains("Exception"), body);
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
