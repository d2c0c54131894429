package org.meritledger.security.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Guards the server's own {@code /health} and {@code /metrics} endpoints, which Payara Micro
 * serves inside this application.
 * <ul>
 * <li>{@code /health...}: everyone gets the status; anonymous callers get only {@code status}
 *     and a short {@code code} (the names of the checks that are down), never the checks' data,
 *     which can quote ledger payloads. ADMIN and AUDITOR (session or HTTP basic) get the full
 *     report. The body is re-encoded as UTF-8 and says so: the server writes it byte per char.</li>
 * <li>{@code /metrics...}: off unless {@code merit.metrics.enabled=true}, and then only for
 *     ADMIN and AUDITOR.</li>
 * </ul>
 */
public class OperationsEndpointFilter extends HttpFilter {

    static final String METRICS_ENABLED = "merit.metrics.enabled";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean privileged = request.isUserInRole("ADMIN") || request.isUserInRole("AUDITOR");
        if (path.equals("/metrics") || path.startsWith("/metrics/")) {
            if (!ConfigProvider.getConfig()
                    .getOptionalValue(METRICS_ENABLED, Boolean.class)
                    .orElse(false)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else if (!privileged) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Merit Ledger\", charset=\"UTF-8\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        Captured captured = new Captured(response);
        chain.doFilter(request, captured);
        String body = captured.text();
        String out = privileged ? body : summary(body);
        response.setStatus(captured.status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** {@code {"status":"DOWN","code":"database,ledger"}}: which checks failed, not why. */
    static String summary(String report) {
        String status = "DOWN";
        StringJoiner down = new StringJoiner(",");
        try {
            JsonObject o = Json.createReader(new StringReader(report)).readObject();
            status = o.getString("status", "DOWN");
            if (o.get("checks") instanceof jakarta.json.JsonArray checks) {
                for (JsonValue v : checks) {
                    if (v instanceof JsonObject c && !"UP".equals(c.getString("status", "DOWN"))) {
                        down.add(c.getString("name", "unknown"));
                    }
                }
            }
        } catch (RuntimeException e) {
            down.add("unreadable");
        }
        var b = Json.createObjectBuilder().add("status", status);
        if (down.length() > 0) {
            b.add("code", down.toString());
        }
        StringWriter w = new StringWriter();
        Json.createWriter(w).writeObject(b.build());
        return w.toString();
    }

    /** Keeps what the server writes: the characters it prints, not the bytes it would make of them. */
    private static final class Captured extends HttpServletResponseWrapper {
        private final StringBuilder chars = new StringBuilder();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int status = SC_OK;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void print(String s) {
                flushBytes();
                chars.append(s);
            }

            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking only");
            }
        };
        private final PrintWriter writer = new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                flushBytes();
                chars.append(cbuf, off, len);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });

        Captured(HttpServletResponse response) {
            super(response);
        }

        private void flushBytes() {
            if (bytes.size() > 0) {
                chars.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
        }

        String text() {
            writer.flush();
            flushBytes();
            return chars.toString();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {}

        @Override
        public void setCharacterEncoding(String charset) {}

        @Override
        public void setContentLength(int len) {}

        @Override
        public void setContentLengthLong(long len) {}

        @Override
        public void flushBuffer() {}
    }
}
