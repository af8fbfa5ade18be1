package org.notegarden.community.internal.social;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.community.internal.account.Pace;
import org.notegarden.compliance.api.VelocityLimits;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.SuccessStatus;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The comments under a note: the top level, newest first, and writing one. */
@RequestScoped
@Path("notes/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteCommentsResource {
    CallerContext caller;
    Pace pace;
    CommentService comments;
    CommentViews views;

    @Inject
    public NoteCommentsResource(CallerContext caller, Pace pace, CommentService comments, CommentViews views) {
        this.caller = caller;
        this.pace = pace;
        this.comments = comments;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected NoteCommentsResource() {
    }

    public static class CommentBody {
        @Schema(required = true)
        public String body;
        public Long replyTo;
    }

    @GET
    public Page<CommentViews.CommentView> comments(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                                   @QueryParam("limit") Integer limit) {
        Long viewer = caller.current().map(c -> c.accountId()).orElse(null);
        int n = Page.clampLimit(limit);
        return views.page(comments.topLevel(id, viewer, Cursor.fromParam(cursor), n), n, viewer);
    }

    @POST
    @APIResponse(responseCode = "201", description = "The new comment", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CommentViews.CommentView.class)))
    @SuccessStatus(201)
    @SecurityRequirement(name = "bearerToken")
    public CommentViews.CommentView comment(@PathParam("id") long id, CommentBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        pace.check(me, VelocityLimits.Action.COMMENT);
        Comment c = comments.add(me, id, body.replyTo, body.body);
        return views.one(c, me);
    }
}
