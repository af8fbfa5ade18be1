package org.notegarden.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is calling, for the length of one request. Filled in once by the authentication filter
 * of the module that owns accounts; read by every resource that needs to authorise.
 *
 * <p>The caller is kept on the request being served ({@link CurrentRequest}), as an attribute. It
 * used to be a request-scoped bean: Weld looked that bean up through its proxy on every ask, 2 %
 * of a repeated search's CPU (async-profiler, 2026-12-06), where the request is at hand anyway.
 * Outside a request (timers, background work) nobody is calling.
 */
@ApplicationScoped
public class CallerContext {
    static final String ATTRIBUTE = CallerContext.class.getName() + ".caller";

    CurrentRequest request;

    @Inject
    public CallerContext(CurrentRequest request) {
        this.request = request;
    }

    /** For the CDI container's proxy only. */
    protected CallerContext() {
    }

    public Optional<Caller> current() {
        return request.get().map(r -> (Caller) r.getAttribute(ATTRIBUTE));
    }

    /** The caller, or a 401 problem when the request is anonymous. */
    public Caller require() {
        return current().orElseThrow(Problems::unauthenticated);
    }

    /** The caller if they hold {@code role}; 401 when anonymous, 403 otherwise. */
    public Caller requireRole(Role role) {
        Caller c = require();
        if (!c.has(role)) {
            throw Problems.forbidden(PlatformMessages.NEEDS_N_ROLE, role);
        }
        return c;
    }

    public void authenticate(Caller caller) {
        HttpServletRequest r = request.get().orElseThrow(() -> new IllegalStateException("no request to authenticate"));
        if (r.getAttribute(ATTRIBUTE) != null) {
            throw new IllegalStateException("caller already set for this request");
        }
        r.setAttribute(ATTRIBUTE, caller);
    }
}
