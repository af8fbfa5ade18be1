package org.notegarden.community.internal.relation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.community.internal.account.People;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The people the caller has blocked, to review and unblock (PUT/DELETE /users/{handle}/block). */
@RequestScoped
@Path("me/blocked")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class BlockedResource {
    CallerContext caller;
    BlockService blocks;
    People views;

    @Inject
    public BlockedResource(CallerContext caller, BlockService blocks, People views) {
        this.caller = caller;
        this.blocks = blocks;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected BlockedResource() {
    }

    @GET
    public Page<People.Person> blocked(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        long me = caller.require().accountId();
        int n = Page.clampLimit(limit);
        return views.peoplePage(blocks.blockedBy(me, Cursor.fromParam(cursor), n), n);
    }
}
