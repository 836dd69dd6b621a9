package org.khabar.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Reads are open, writes need the admin. Anonymous callers may GET anything and POST queries to the query
 * endpoints; every other request (update, graph store writes, uploads) needs HTTP Basic auth as the admin,
 * checked in constant time, else 401.
 */
final class AdminAuthFilter implements Filter {
    static final String USER = "admin";
    private final byte[] expected;

    AdminAuthFilter(String password) {
        this.expected = (USER + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest r = (HttpServletRequest) req;
        if (isRead(r) || authorised(r.getHeader("Authorization"))) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse w = (HttpServletResponse) res;
        w.setHeader("WWW-Authenticate", "Basic realm=\"khabar\", charset=\"UTF-8\"");
        w.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Writing to Khabar needs the admin's credentials");
    }

    static boolean isRead(HttpServletRequest r) {
        String m = r.getMethod();
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS")) return true;
        String path = r.getRequestURI();
        return m.equals("POST") && (path.endsWith("/sparql") || path.endsWith("/query"));
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, expected);
    }
}
