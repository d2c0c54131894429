package org.meritledger.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.ReceiptService;

/**
 * In BrowserIT's deployment only: hands the browser test a genuine receipt of one entry, as a
 * soldier would download it, so the test can play the anonymous visitor who checks it.
 */
@WebServlet("/test-only/receipt")
public class ReceiptForBrowserTest extends HttpServlet {

    @Inject
    ReceiptService receipts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        EntryReceipt r = receipts.receipt(Long.parseLong(req.getParameter("seq")));
        if (r.receipt() == null) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "no checkpoint covers it yet");
            return;
        }
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(r.receipt().toJson().getBytes(StandardCharsets.UTF_8));
    }
}
