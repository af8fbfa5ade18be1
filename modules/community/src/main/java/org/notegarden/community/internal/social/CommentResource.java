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
import org.notegarden.community.internal.web.NoteViews;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;

/** Replies, deletion and likes of one comment. Comments are created under their note. */
@RequestScoped
@Path("comments/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {
    @Inject
    CallerContext caller;
    @Inject
    CommentService comments;
    @Inject
    LikeService likes;
    @Inject
    NoteViews views;

    public record LikeState(boolean liked, int likeCount) {
    }

    @GET
    @Path("replies")
    public Page<NoteViews.CommentView> replies(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                               @QueryParam("limit") Integer limit) {
        Long viewer = caller.current().map(c -> c.accountId()).orElse(null);
        int n = Page.clampLimit(limit);
        return views.comments(comments.replies(id, viewer, Cursor.fromParam(cursor), n), n, viewer);
    }

    @DELETE
    public Response delete(@PathParam("id") long id) {
        comments.delete(caller.require().accountId(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("like")
    public LikeState like(@PathParam("id") long id) {
        long me = caller.require().accountId();
        likes.likeComment(me, id);
        return new LikeState(true, comments.requireVisible(id, me).getLikeCount());
    }

    @DELETE
    @Path("like")
    public LikeState unlike(@PathParam("id") long id) {
        long me = caller.require().accountId();
        likes.unlikeComment(me, id);
        return new LikeState(false, comments.requireVisible(id, me).getLikeCount());
    }
}
