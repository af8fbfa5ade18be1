package org.notegarden.community.internal.insights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The current request's coarse origin, or unknown outside a request (background work). */
@RequestScoped
public class RequestOrigin {
    @Inject
    HttpServletRequest request;

    private Origin origin;

    public Origin get() {
        if (origin == null) {
            try {
                origin = Origin.fromAcceptLanguage(request.getHeader("Accept-Language"));
            } catch (RuntimeException noRequest) {
                origin = Origin.UNKNOWN;
            }
        }
        return origin;
    }
}
