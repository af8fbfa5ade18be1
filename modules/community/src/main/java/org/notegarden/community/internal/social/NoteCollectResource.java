package org.notegarden.community.internal.social;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.platform.api.CallerContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A reader's star on a note, optionally on one of their boards. */
@RequestScoped
@Path("notes/{id}/collect")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class NoteCollectResource {
    CallerContext caller;
    CollectService collects;

    @Inject
    public NoteCollectResource(CallerContext caller, CollectService collects) {
        this.caller = caller;
        this.collects = collects;
    }

    /** For the CDI container's proxy only. */
    protected NoteCollectResource() {
    }

    public static class CollectBody {
        public Long boardId;
    }

    @PUT
    public CollectService.CollectState collect(@PathParam("id") long id, CollectBody body) {
        return collects.collect(caller.require().accountId(), id, body == null ? null : body.boardId);
    }

    @DELETE
    public CollectService.CollectState uncollect(@PathParam("id") long id) {
        return collects.uncollect(caller.require().accountId(), id);
    }
}
