package org.notegarden.community.internal.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.note.NoteText;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;
import org.notegarden.platform.api.Problems;

/** A topic page: the published notes tagged #topic, newest first. */
@RequestScoped
@Path("topics/{topic}/notes")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {
    CallerContext caller;
    FeedQueries feeds;
    NoteViews views;

    @Inject
    public TopicResource(CallerContext caller, FeedQueries feeds, NoteViews views) {
        this.caller = caller;
        this.feeds = feeds;
        this.views = views;
    }

    /** For the CDI container's proxy only. */
    protected TopicResource() {
    }

    @GET
    public Page<NoteViews.NoteCard> notes(@PathParam("topic") String topic, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") Integer limit) {
        String t = NoteText.normaliseTopic(topic);
        if (!NoteText.isValidTopic(t)) {
            throw Problems.invalid("topic", CommunityMessages.MUST_BE_1_30_LETTERS_DIGITS_OR);
        }
        int n = Page.clampLimit(limit);
        Long viewer = caller.current().map(c -> c.accountId()).orElse(null);
        return views.page(feeds.topic(t, Cursor.fromParam(cursor), n), n, viewer);
    }
}
