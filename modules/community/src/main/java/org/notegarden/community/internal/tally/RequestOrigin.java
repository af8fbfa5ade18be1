package org.notegarden.community.internal.tally;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.platform.api.CurrentRequest;

/**
 * The current request's coarse origin, or unknown outside a request (background work). Worked out
 * on each call, which a request makes once or twice: as a request-scoped bean that remembered it,
 * creating the bean for every note page cost more (Weld, 2 % of the page's CPU) than the header
 * parse it saved; the client address it needs is already kept per request by compliance.
 */
@ApplicationScoped
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

    public Origin get() {
        return request.get().map(r -> Origin.of(r.getHeader("Accept-Language"), ipLocation.ofCurrentRequest().country()))
                .orElse(Origin.UNKNOWN);
    }
}
