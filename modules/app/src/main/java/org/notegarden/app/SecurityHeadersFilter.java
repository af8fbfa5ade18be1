package org.notegarden.app;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.compliance.api.TrustedProxies;

/**
 * Browser hardening for every response: scripts only from this origin (so even a slip in
 * rendering user text could not run injected script), no MIME sniffing, no framing by other
 * sites, and no full URLs leaked to other origins. Requests that came over HTTPS (directly, or
 * through a trusted proxy that says so, see {@link ForwardedHttps}) are handed on as HTTPS, so
 * session cookies are {@code Secure}, and are answered with HSTS.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    /** One year; sub-domains are the operator's to decide, so they are not included. */
    private static final String HSTS = "max-age=31536000";

    @Inject
    TrustedProxies proxies;
    @Inject
    @ConfigProperty(name = "notegarden.https", defaultValue = "auto")
    String httpsMode;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        boolean secure = ForwardedHttps.secure(request.isSecure(),
                forwardedProto != null && proxies.trusts(request.getRemoteAddr()), forwardedProto, httpsMode);
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
            chain.doFilter(ForwardedHttps.asHttps(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
