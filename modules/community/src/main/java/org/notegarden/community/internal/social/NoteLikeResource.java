package org.notegarden.community.internal.social;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.platform.api.CallerContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A reader's heart on a note: PUT likes (again is a no-op), DELETE takes it back. */
@RequestScoped
@Path("notes/{id}/like")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class NoteLikeResource {
    CallerContext caller;
    LikeService likes;

    @Inject
    public NoteLikeResource(CallerContext caller, LikeService likes) {
        this.caller = caller;
        this.likes = likes;
    }

    /** For the CDI container's proxy only. */
    protected NoteLikeResource() {
    }

    @PUT
    public LikeState like(@PathParam("id") long id) {
        return likes.likeNote(caller.require().accountId(), id);
    }

    @DELETE
    public LikeState unlike(@PathParam("id") long id) {
        return likes.unlikeNote(caller.require().accountId(), id);
    }
}
