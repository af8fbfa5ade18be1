package org.notegarden.community.internal.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's own drafts, most recently edited first. */
@RequestScoped
@Path("notes/drafts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class DraftsResource {
    CallerContext caller;
    FeedQueries feeds;
    NoteViews views;

    @Inject
    public DraftsResource(CallerContext caller, FeedQueries feeds, NoteViews views) {
        this.caller = caller;
        this.feeds = feeds;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected DraftsResource() {
    }

    @GET
    public Page<NoteViews.NoteCard> drafts(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        long me = caller.require().accountId();
        int n = Page.clampLimit(limit);
        return views.page(feeds.drafts(me, Cursor.fromParam(cursor), n), n, me);
    }
}
