package org.notegarden.community.internal.tally;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.platform.api.CurrentRequest;

/** The current request's coarse origin, or unknown outside a request (background work). */
@RequestScoped
public class RequestOrigin {
    @Inject
    CurrentRequest request;
    @Inject
    IpLocation ipLocation;

    private Origin origin;

    public Origin get() {
        if (origin == null) {
            origin = request.get().map(r -> Origin.of(r.getHeader("Accept-Language"), ipLocation.ofCurrentRequest().country()))
                    .orElse(Origin.UNKNOWN);
        }
        return origin;
    }
}
