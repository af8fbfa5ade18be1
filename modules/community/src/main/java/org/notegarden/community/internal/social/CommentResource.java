package org.notegarden.community.internal.social;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Replies, deletion and likes of one comment. Comments are created under their note. */
@RequestScoped
@Path("comments/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {
    CallerContext caller;
    CommentService comments;
    LikeService likes;
    CommentViews views;

    @Inject
    public CommentResource(CallerContext caller, CommentService comments, LikeService likes, CommentViews views) {
        this.caller = caller;
        this.comments = comments;
        this.likes = likes;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected CommentResource() {
    }

    @GET
    @Path("replies")
    public Page<CommentViews.CommentView> replies(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                               @QueryParam("limit") Integer limit) {
        Long viewer = caller.current().map(c -> c.accountId()).orElse(null);
        int n = Page.clampLimit(limit);
        return views.page(comments.replies(id, viewer, Cursor.fromParam(cursor), n), n, viewer);
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Deleted")
    @SecurityRequirement(name = "bearerToken")
    public Response delete(@PathParam("id") long id) {
        comments.delete(caller.require().accountId(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("like")
    @SecurityRequirement(name = "bearerToken")
    public LikeState like(@PathParam("id") long id) {
        return likes.likeComment(caller.require().accountId(), id);
    }

    @DELETE
    @Path("like")
    @SecurityRequirement(name = "bearerToken")
    public LikeState unlike(@PathParam("id") long id) {
        return likes.unlikeComment(caller.require().accountId(), id);
    }
}
