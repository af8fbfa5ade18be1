package org.notegarden.community.internal.social;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Boards: named, public or private collections of collected notes. */
@RequestScoped
@Path("boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardResource {
    CallerContext caller;
    CollectService collects;
    NoteViews views;
    BoardViews boards;

    @Inject
    public BoardResource(CallerContext caller, CollectService collects, NoteViews views, BoardViews boards) {
        this.caller = caller;
        this.collects = collects;
        this.views = views;
        this.boards = boards;
    }

    /** For the CDI container's proxy only. */
    protected BoardResource() {
    }

    public static class BoardBody {
        public String name;
        public String description;
        public Boolean isPrivate;
    }

    @POST
    @APIResponse(responseCode = "201", description = "The new board", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = BoardViews.BoardView.class)))
    @SecurityRequirement(name = "bearerToken")
    public Response create(BoardBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        Board b = collects.createBoard(me, body.name, body.description, Boolean.TRUE.equals(body.isPrivate));
        return Response.status(Response.Status.CREATED).entity(boards.view(b, me)).build();
    }

    @GET
    @Path("{id}")
    public BoardViews.BoardView get(@PathParam("id") long id) {
        Long viewer = viewer();
        return boards.view(collects.requireBoard(id, viewer), viewer);
    }

    @PATCH
    @Path("{id}")
    @SecurityRequirement(name = "bearerToken")
    public BoardViews.BoardView update(@PathParam("id") long id, BoardBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        return boards.view(collects.updateBoard(me, id, body.name, body.description, body.isPrivate), me);
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @SecurityRequirement(name = "bearerToken")
    public Response delete(@PathParam("id") long id) {
        collects.deleteBoard(caller.require().accountId(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/notes")
    public Page<NoteViews.NoteCard> notes(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") Integer limit) {
        Long viewer = viewer();
        collects.requireBoard(id, viewer);
        int n = Page.clampLimit(limit);
        List<Long> ids = collects.noteIdsOnBoard(id, Cursor.fromParam(cursor), n);
        boolean more = ids.size() > n;
        List<Long> shown = more ? ids.subList(0, n) : ids;
        return new Page<>(views.cards(shown, viewer),
                more ? new Cursor(Instant.EPOCH, shown.get(shown.size() - 1)).encode() : null);
    }

    private Long viewer() {
        return caller.current().map(c -> c.accountId()).orElse(null);
    }
}
