package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Admins name trusted flaggers (organisations awarded the status under DSA Art. 22). */
@RequestScoped
@Path("admin/trusted-flaggers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class TrustedFlaggerResource {
    CallerContext caller;
    TrustedFlaggers flaggers;

    @Inject
    public TrustedFlaggerResource(CallerContext caller, TrustedFlaggers flaggers) {
        this.caller = caller;
        this.flaggers = flaggers;
    }

    /** For the CDI container's proxy only. */
    protected TrustedFlaggerResource() {
    }

    public static class FlaggerBody {
        public String name;
    }

    public record FlaggerView(long accountId, String name) {
    }

    @PUT
    @Path("{accountId}")
    public FlaggerView name(@PathParam("accountId") long accountId, FlaggerBody body) {
        long admin = caller.requireRole(Role.ADMIN).accountId();
        RequestBodies.required(body);
        return new FlaggerView(accountId, flaggers.name(admin, accountId, body.name));
    }
}
