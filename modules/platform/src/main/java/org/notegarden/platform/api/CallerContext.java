package org.notegarden.platform.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.notegarden.platform.api.PlatformMessages;

/**
 * Who is calling, for the length of one request. Filled in once by the authentication filter
 * of the module that owns accounts; read by every resource that needs to authorise.
 */
@RequestScoped
public class CallerContext {
    private Caller caller;

    public Optional<Caller> current() {
        return Optional.ofNullable(caller);
    }

    /** The caller, or a 401 problem when the request is anonymous. */
    public Caller require() {
        if (caller == null) {
            throw Problems.unauthenticated();
        }
        return caller;
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
        if (this.caller != null) {
            throw new IllegalStateException("caller already set for this request");
        }
        this.caller = caller;
    }
}
