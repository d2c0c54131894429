package org.meritledger.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * First filter of every request (web.xml): sets {@link SecurityHeaders} before anything is
 * written, and puts {@code SameSite} on cookies right before the response starts, because the
 * session cookie is added by the container when a session is created, out of any wrapper's sight.
 */
public class WebSecurityFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        boolean secure = request.isSecure();
        CookieFixing wrapped = new CookieFixing(response, secure);
        chain.doFilter(request, wrapped);
        SameSiteCookies.apply(response, secure);
    }

    /** Fixes the cookies at each point where the body may start and the headers become final. */
    private static final class CookieFixing extends HttpServletResponseWrapper {
        private final boolean secure;

        CookieFixing(HttpServletResponse response, boolean secure) {
            super(response);
            this.secure = secure;
        }

        private void fix() {
            SameSiteCookies.apply((HttpServletResponse) getResponse(), secure);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            fix();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            fix();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            fix();
            super.flushBuffer();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            fix();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            fix();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            fix();
            super.sendError(sc);
        }
    }
}
