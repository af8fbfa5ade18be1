package org.notegarden.community.internal.tally;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.platform.api.CurrentRequest;

/** The current request's coarse origin, or unknown outside a request (background work). */
@RequestScoped
public class RequestOrigin {
    CurrentRequest request;
    IpLocation ipLocation;

    @Inject
    public RequestOrigin(CurrentRequest request, IpLocation ipLocation) {
        this.request = request;
        this.ipLocation = ipLocation;
    }

    /** For the CDI container's proxy only. */
    protected RequestOrigin() {
    }

    private Origin origin;

    public Origin get() {
        if (origin == null) {
            origin = request.get().map(r -> Origin.of(r.getHeader("Accept-Language"), ipLocation.ofCurrentRequest().country()))
                    .orElse(Origin.UNKNOWN);
        }
        return origin;
    }
}
