package org.notegarden.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Payara's {@code /metrics} (heap, threads, connection pool) answers anyone, and with the WAR at
 * the root context it runs inside this application; this filter answers it with 404 — except to
 * this server itself, asking with a key that exists only in this JVM's memory. Admins read the
 * figures, signed in, at {@code /api/v1/admin/metrics} ({@link AdminMetricsResource}), which
 * asks on their behalf; a monitoring system uses an admin API token there.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGateFilter extends HttpFilter {
    static final String KEY_HEADER = "X-Notegarden-Metrics-Key";
    /** Made fresh at every start, never written anywhere. */
    static final String KEY = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request.getHeader(KEY_HEADER);
        if (key != null && MessageDigest.isEqual(key.getBytes(), KEY.getBytes())) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
