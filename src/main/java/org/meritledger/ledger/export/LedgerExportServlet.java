package org.meritledger.ledger.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.meritledger.base.AccessDeniedException;

/**
 * {@code GET /ledger/export}: the JSON Lines export as a download, for an administrator's or
 * auditor's browser session or HTTP basic credentials (scripts). Unauthenticated: 401 with a
 * basic challenge; another role: 403.
 */
@WebServlet(urlPatterns = "/ledger/export")
public class LedgerExportServlet extends HttpServlet {

    @Inject
    LedgerExportService exports;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            exports.requireExporter();
        } catch (AccessDeniedException e) {
            deny(req, resp, e);
            return;
        }
        resp.setContentType("application/jsonl; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + exports.fileName() + "\"");
        resp.setHeader("Cache-Control", "private, no-store");
        try (OutputStream out = new BufferedOutputStream(resp.getOutputStream(), 1 << 16)) {
            exports.export(out);
        }
    }

    /** 401 with a basic challenge when nobody is logged in, else 403. */
    static void deny(HttpServletRequest req, HttpServletResponse resp, AccessDeniedException e) throws IOException {
        if (req.getUserPrincipal() == null) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"Merit Ledger\", charset=\"UTF-8\"");
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED, "log in as an administrator or auditor");
        } else {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        }
    }
}
