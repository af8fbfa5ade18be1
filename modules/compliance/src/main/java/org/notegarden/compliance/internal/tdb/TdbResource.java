package org.notegarden.compliance.internal.tdb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The compliance dashboard's view of Transparency Database submissions, and the retry of refused ones. */
@RequestScoped
@Path("admin/tdb")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class TdbResource {
    TdbStatus status;
    CallerContext caller;

    @Inject
    public TdbResource(TdbStatus status, CallerContext caller) {
        this.status = status;
        this.caller = caller;
    }

    /** For the CDI container's proxy only. */
    protected TdbResource() {
    }

    @GET
    public TdbStatus.Summary summary() {
        caller.requireRole(Role.ADMIN);
        return status.summary();
    }

    @GET
    @Path("{statementId}")
    public TdbStatus.One one(@PathParam("statementId") long statementId) {
        caller.requireRole(Role.ADMIN);
        return status.of(statementId);
    }

    @POST
    @Path("{statementId}/retry")
    public TdbStatus.Summary retry(@PathParam("statementId") long statementId) {
        caller.requireRole(Role.ADMIN);
        status.retry(statementId);
        return status.summary();
    }
}
