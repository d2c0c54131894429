package org.meritledger.ledger.witness;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The witness's HTTP interface under the submission prefix {@code /witness}:
 * {@code POST /witness/add-checkpoint} (C2SP tlog-witness; no login: the log's signature on the
 * checkpoint is what is checked) and {@code GET /witness/key}, this witness's verifier key text.
 */
@WebServlet(urlPatterns = {"/witness/add-checkpoint", "/witness/key"})
public class WitnessServlet extends HttpServlet {

    /** Larger than any valid body (63 proof lines and a checkpoint with many signatures). */
    static final int MAX_BODY = 64 * 1024;

    @Inject
    WitnessService witness;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getServletPath().endsWith("/add-checkpoint")) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!witness.enabled()) {
            send(resp, new Witness.Answer(404, "text/plain; charset=utf-8", "this portal witnesses no log\n"));
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            send(resp, new Witness.Answer(413, "text/plain; charset=utf-8", "request body too large\n"));
            return;
        }
        send(resp, witness.addCheckpoint(new String(body, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getServletPath().endsWith("/key")) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        var key = witness.key();
        if (key.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "this portal witnesses no log");
            return;
        }
        send(
                resp,
                new Witness.Answer(200, "text/plain; charset=utf-8", key.get().vkey() + "\n"));
    }

    private static void send(HttpServletResponse resp, Witness.Answer a) throws IOException {
        resp.setStatus(a.status());
        resp.setContentType(a.contentType());
        resp.setHeader("Cache-Control", "no-store");
        byte[] b = a.body().getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }
}
