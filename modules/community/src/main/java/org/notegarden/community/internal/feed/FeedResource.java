package org.notegarden.community.internal.feed;

import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * The latest notes from everyone, the notes of the people one follows, and the notes featuring a product.
 *
 * <p>One instance serves every request (it holds only beans, the caller's context through its
 * proxy): creating and injecting a request-scoped resource per request was 2–4 % of a hot
 * read's CPU in the profiles (modules/app/README.md).
 */
@ApplicationScoped
@Path("feed")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {
    CallerContext caller;
    FeedQueries feeds;
    NoteViews views;
    LatestFirstPage firstPage;

    @Inject
    public FeedResource(CallerContext caller, FeedQueries feeds, NoteViews views, LatestFirstPage firstPage) {
        this.caller = caller;
        this.feeds = feeds;
        this.views = views;
        this.firstPage = firstPage;
    }

    /** For the CDI container's proxy only. */
    protected FeedResource() {
    }

    @GET
    @Path("latest")
    public Page<NoteViews.NoteCard> latest(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        int n = Page.clampLimit(limit);
        Long viewer = caller.current().map(c -> c.accountId()).orElse(null);
        Cursor after = Cursor.fromParam(cursor);
        if (viewer == null && after == null) { // the same for every signed-out reader: built once a second
            return firstPage.get(n, size -> views.page(feeds.latest(null, size), size, null));
        }
        return views.page(feeds.latest(after, n), n, viewer);
    }

    @GET
    @Path("following")
    @SecurityRequirement(name = "bearerToken")
    public Page<NoteViews.NoteCard> following(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        long me = caller.require().accountId();
        int n = Page.clampLimit(limit);
        return views.page(feeds.following(me, Cursor.fromParam(cursor), n), n, me);
    }

    /** Notes that tag a product, for its product page; the product itself belongs to the commerce module. */
    @GET
    @Path("product/{productId}")
    public Page<NoteViews.NoteCard> featuring(@jakarta.ws.rs.PathParam("productId") long productId,
                                              @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        int n = Page.clampLimit(limit);
        Long viewer = caller.current().map(c -> c.accountId()).orElse(null);
        return views.page(feeds.featuring(productId, Cursor.fromParam(cursor), n), n, viewer);
    }
}
