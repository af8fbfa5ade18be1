package org.notegarden.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Whether a request reached the operator over HTTPS, when TLS ends at a reverse proxy. The
 * proxy says so with {@code X-Forwarded-Proto: https}, which is believed only from a trusted
 * proxy; {@code notegarden.https=always} is the switch for a deployment that is only ever
 * reached through TLS. A request judged secure is handed on as an https request, so cookies get
 * {@code Secure} and links are built with https, and the response carries HSTS.
 */
final class ForwardedHttps {
    private ForwardedHttps() {
    }

    /** The decision itself, without a servlet container, so it can be unit-tested. */
    static boolean secure(boolean directlySecure, boolean peerTrusted, String forwardedProto, String mode) {
        if (directlySecure || "always".equalsIgnoreCase(mode)) {
            return true;
        }
        if (!peerTrusted || forwardedProto == null) {
            return false;
        }
        // A chain of proxies may list several; the first is the one the client spoke to.
        return "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip());
    }

    /** The request as the client made it: https on port 443 unless the proxy names another. */
    static HttpServletRequest asHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return request;
        }
        String forwardedPort = request.getHeader("X-Forwarded-Port");
        int port = forwardedPort != null && forwardedPort.strip().matches("\\d{1,5}") ? Integer.parseInt(forwardedPort.strip()) : 443;
        return new HttpServletRequestWrapper(request) {
            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getScheme() {
                return "https";
            }

            @Override
            public int getServerPort() {
                return port;
            }

            @Override
            public StringBuffer getRequestURL() {
                StringBuffer url = new StringBuffer("https://").append(getServerName());
                if (port != 443) {
                    url.append(':').append(port);
                }
                return url.append(getRequestURI());
            }
        };
    }
}
