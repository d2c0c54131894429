package org.meritledger.base.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meritledger.base.ui.MeritI18NProvider;

/**
 * The page web.xml's error-page entries lead to, for errors outside Vaadin's UI (a missing file,
 * a refused request, an exception in a servlet): the portal's header, what happened in the
 * browser's language, and a link back. Never the exception: it goes to the server log, and the
 * page says nothing was changed (the transaction was rolled back with the exception). Under
 * {@code /api/} the answer is a problem document instead, as the API promises.
 */
@WebServlet(urlPatterns = "/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final MeritI18NProvider I18N = new MeritI18NProvider();

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (req.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            LOG.log(Level.SEVERE, "Unhandled error for " + req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String u
                ? u.substring(Math.min(u.length(), req.getContextPath().length()))
                : "";
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-store");
        resp.setCharacterEncoding("UTF-8");
        Locale locale = locale(req);
        String key =
                status == 403 || status == 404 || status == 405 || status == 500 ? String.valueOf(status) : "other";
        String title = I18N.getTranslation("errorPage.title." + key, locale);
        String text = I18N.getTranslation("errorPage.text." + key, locale, status);
        if (path.startsWith("/api/")) {
            resp.setContentType("application/problem+json;charset=UTF-8");
            var problem = jakarta.json.Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", text)
                    .build();
            resp.getWriter().write(problem.toString());
            return;
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter()
                .write(page(
                        locale,
                        status,
                        title,
                        text,
                        I18N.getTranslation("errorPage.home", locale),
                        I18N.getTranslation("app.title", locale),
                        req.getContextPath() + "/"));
    }

    /** The first of the browser's languages that the portal speaks, else English. */
    static Locale locale(HttpServletRequest req) {
        for (Locale l : Collections.list(req.getLocales())) {
            if ("zh".equals(l.getLanguage()) || "en".equals(l.getLanguage())) {
                return MeritI18NProvider.supported(l);
            }
        }
        return MeritI18NProvider.ENGLISH;
    }

    static String page(Locale locale, int status, String title, String text, String back, String app, String home) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " - " + esc(app) + "</title><style>"
                // the portal's Lumo colours and spacing, written out: this page loads no theme
                + "body{margin:0;font-family:-apple-system,BlinkMacSystemFont,'Roboto','Segoe UI',Helvetica,Arial,"
                + "'Noto Sans SC',sans-serif;color:hsla(214,40%,16%,.94);background:#fff}"
                + "header{display:flex;align-items:center;gap:1rem;padding:.5rem 1.5rem;"
                + "box-shadow:0 1px 0 hsla(214,53%,23%,.16)}"
                + "header h1{font-size:1.375rem;margin:0;color:hsl(214,60%,38%)}"
                + "main{padding:1.5rem}h2{margin:0 0 .75rem}"
                + "a{color:hsl(214,60%,38%)}.status{color:hsla(214,42%,18%,.69)}"
                + "</style></head><body><header><h1>" + esc(app) + "</h1></header>"
                + "<main id=\"error-page\"><h2>" + esc(title) + "</h2><p>" + esc(text) + "</p>"
                + "<p class=\"status\">HTTP " + status + "</p>"
                + "<p><a id=\"error-home\" href=\"" + esc(home) + "\">" + esc(back) + "</a></p></main></body></html>\n";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
