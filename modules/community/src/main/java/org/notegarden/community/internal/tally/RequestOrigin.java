package org.notegarden.community.internal.tally;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The current request's coarse origin, or unknown outside a request (background work). */
@RequestScoped
public class RequestOrigin {
    @Inject
    HttpServletRequest request;
    @Inject
    org.notegarden.compliance.api.IpLocation ipLocation;

    private Origin origin;

    public Origin get() {
        if (origin == null) {
            try {
                origin = Origin.of(request.getHeader("Accept-Language"), ipLocation.ofCurrentRequest().country());
            } catch (RuntimeException noRequest) {
                origin = Origin.UNKNOWN;
            }
        }
        return origin;
    }
}
