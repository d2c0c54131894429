package org.meritledger.ledger.tiles;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;

/**
 * The log under the prefix {@code /log/} (c2sp.org/tlog-tiles): {@code checkpoint} (public,
 * cached a few seconds), {@code tile/<L>/<N>[.p/<W>]} and {@code tile/entries/<N>[.p/<W>]}
 * (administrators and auditors, by session or HTTP basic; full ones cacheable for a year and
 * immutable, partial ones for a minute, both private since they need a login), and two public
 * helpers for receipt holders: {@code checkpoint/<size>} and {@code consistency/<from>/<to>}.
 */
@WebServlet(urlPatterns = "/log/*")
public class LogServlet extends HttpServlet {

    @Inject
    LogTileService log;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        try {
            if (path.equals("checkpoint")) {
                var cp = log.checkpoint();
                if (cp.isEmpty()) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no checkpoint yet");
                    return;
                }
                text(resp, cp.get(), "public, max-age=2");
            } else if (path.matches("checkpoint/[1-9][0-9]{0,18}")) {
                var cp = log.checkpointOfSize(Long.parseLong(path.substring(11)));
                if (cp.isEmpty()) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no checkpoint of that size");
                    return;
                }
                text(resp, cp.get(), "public, max-age=60");
            } else if (path.matches("consistency/[1-9][0-9]{0,18}/[1-9][0-9]{0,18}")) {
                String[] p = path.split("/");
                text(resp, log.consistency(Long.parseLong(p[1]), Long.parseLong(p[2])), "public, max-age=86400");
            } else if (path.startsWith("tile/")) {
                TilePath tile;
                try {
                    tile = TilePath.parse(path);
                } catch (IllegalArgumentException e) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
                    return;
                }
                byte[] body = log.resource(tile);
                resp.setContentType("application/octet-stream");
                resp.setHeader(
                        "Cache-Control",
                        tile.partial() ? "private, max-age=60" : "private, max-age=31536000, immutable");
                resp.setContentLength(body.length);
                resp.getOutputStream().write(body);
            } else {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (AccessDeniedException e) {
            if (req.getUserPrincipal() == null) {
                resp.setHeader("WWW-Authenticate", "Basic realm=\"Merit Ledger\", charset=\"UTF-8\"");
                resp.sendError(HttpServletResponse.SC_UNAUTHORIZED, "log in as an auditor or administrator");
            } else {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            }
        } catch (NotFoundException | InvalidInputException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    private static void text(HttpServletResponse resp, String body, String cache) throws IOException {
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", cache);
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }
}
