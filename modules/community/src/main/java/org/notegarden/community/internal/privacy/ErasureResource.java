package org.notegarden.community.internal.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.notegarden.community.internal.account.SessionCookies;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** "Delete my account" ({@link AccountDeletion}), then the browser's session cookies are cleared. */
@RequestScoped
@Path("privacy/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class ErasureResource {
    CallerContext caller;
    AccountDeletion deletion;

    @Inject
    public ErasureResource(CallerContext caller, AccountDeletion deletion) {
        this.caller = caller;
        this.deletion = deletion;
    }

    /** For the CDI container's proxy only. */
    protected ErasureResource() {
    }
    @Context
    UriInfo uri;
    @Context
    HttpServletResponse response;

    public static class ErasureBody {
        public String password;
    }

    public record Erased(long requestId) {
    }

    @POST
    @APIResponse(responseCode = "200", description = "Erasure started; follow the request", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Erased.class)))
    public Erased erase(ErasureBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        long requestId = deletion.deleteOwnAccount(me, body.password);
        SessionCookies.clear(uri, response);
        return new Erased(requestId);
    }
}
