package org.notegarden.community.internal.note;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.notegarden.community.internal.feed.FeedService;
import org.notegarden.community.internal.social.CollectService;
import org.notegarden.community.internal.social.Comment;
import org.notegarden.community.internal.social.CommentService;
import org.notegarden.community.internal.social.LikeService;
import org.notegarden.community.internal.web.NoteViews;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;

/** Notes and what readers do with one: like, collect, comment. */
@RequestScoped
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {
    @Inject
    org.notegarden.community.internal.account.Pace pace;
    @Inject
    org.notegarden.community.internal.web.AccountViews accountViews;
    @jakarta.persistence.PersistenceContext(unitName = "notegarden")
    jakarta.persistence.EntityManager accountsEm;
    @Inject
    CallerContext caller;
    @Inject
    NoteService notes;
    @Inject
    NoteViews views;
    @Inject
    FeedService feeds;
    @Inject
    LikeService likes;
    @Inject
    CollectService collects;
    @Inject
    CommentService comments;
    @Inject
    org.notegarden.community.internal.insights.Insights insights;

    /** A note as a client writes it. {@code publish} false keeps (or makes) it a draft. */
    public static class NoteBody {
        public String title;
        public String body;
        public List<Long> mediaIds;
        public List<String> topics;
        public String locationName;
        /** Products tagged in the note, in the order their cards show. */
        public List<Long> productIds;
        /** On creation only: the received order item this note reviews (the "verified purchase" badge). */
        public ReviewBody review;
        /** The brand of a sponsored note or brand partnership the author declares (null: none). */
        public String sponsoredBy;
        /** The author declares the content AI-generated. */
        public boolean aiGenerated;
        /** An accepted collaboration this note belongs to: labelled sponsored by that brand, for good. */
        public Long collabId;
        public boolean publish;

        NoteService.Labels labels() {
            return new NoteService.Labels(sponsoredBy, aiGenerated, collabId);
        }

        NoteRules.Input input() {
            return new NoteRules.Input(title, body, mediaIds, topics, locationName, productIds);
        }
    }

    public static class ReviewBody {
        public Long orderId;
        public Long skuId;
    }

    public static class CollectBody {
        public Long boardId;
    }

    public static class CommentBody {
        public String body;
        public Long replyTo;
    }

    public record LikeState(boolean liked, int likeCount) {
    }

    public record CollectState(boolean collected, Long boardId, int collectCount) {
    }

    @POST
    public Response create(NoteBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        pace.check(me, org.notegarden.compliance.api.VelocityLimits.Action.POST);
        Note note = notes.create(me, body.input(), body.publish,
                body.review == null ? null : new NoteService.ReviewOf(body.review.orderId, body.review.skuId), body.labels());
        return Response.status(Response.Status.CREATED).entity(views.detail(note, me)).build();
    }

    @GET
    @Path("drafts")
    public Page<NoteViews.NoteCard> drafts(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        long me = caller.require().accountId();
        int n = Page.clampLimit(limit);
        return views.page(feeds.drafts(me, Cursor.fromParam(cursor), n), n, me);
    }

    @GET
    @Path("{id}")
    public NoteViews.NoteDetail get(@PathParam("id") long id) {
        Long viewer = viewer();
        Note note = notes.requireVisible(id, viewer); // a private profile's notes are for its followers, by link too
        if (note.isAgeRestricted() && (viewer == null || viewer != note.getAuthorId()) && !adult(viewer)) {
            throw new org.notegarden.platform.api.ProblemException(403, org.notegarden.platform.api.Problems.BASE + "age-restricted",
                    "Adults only", "This note is shown only to signed-in adults.", java.util.List.of(), null);
        }
        if (note.getState() == Note.State.PUBLISHED && (viewer == null || viewer != note.getAuthorId())) {
            insights.onNote(org.notegarden.community.internal.insights.InsightKind.READ, id); // authors reading their own note do not count
        }
        return views.detail(note, viewer);
    }

    private boolean adult(Long viewer) {
        if (viewer == null) {
            return false;
        }
        org.notegarden.community.internal.account.Account a = accountsEm.find(org.notegarden.community.internal.account.Account.class, viewer);
        return a != null && !accountViews.isMinor(a);
    }

    @PUT
    @Path("{id}")
    public NoteViews.NoteDetail update(@PathParam("id") long id, NoteBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        return views.detail(notes.update(me, id, body.input(), body.publish, body.labels()), me);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        notes.delete(caller.require().accountId(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/like")
    public LikeState like(@PathParam("id") long id) {
        long me = caller.require().accountId();
        likes.likeNote(me, id);
        return new LikeState(true, notes.requireVisible(id, me).getLikeCount());
    }

    @DELETE
    @Path("{id}/like")
    public LikeState unlike(@PathParam("id") long id) {
        long me = caller.require().accountId();
        likes.unlikeNote(me, id);
        return new LikeState(false, notes.requireVisible(id, me).getLikeCount());
    }

    @PUT
    @Path("{id}/collect")
    public CollectState collect(@PathParam("id") long id, CollectBody body) {
        long me = caller.require().accountId();
        Long board = body == null ? null : body.boardId;
        collects.collect(me, id, board);
        return new CollectState(true, board, notes.requireVisible(id, me).getCollectCount());
    }

    @DELETE
    @Path("{id}/collect")
    public CollectState uncollect(@PathParam("id") long id) {
        long me = caller.require().accountId();
        collects.uncollect(me, id);
        return new CollectState(false, null, notes.requireVisible(id, me).getCollectCount());
    }

    @GET
    @Path("{id}/comments")
    public Page<NoteViews.CommentView> comments(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                                @QueryParam("limit") Integer limit) {
        Long viewer = viewer();
        int n = Page.clampLimit(limit);
        return views.comments(comments.topLevel(id, viewer, Cursor.fromParam(cursor), n), n, viewer);
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") long id, CommentBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        pace.check(me, org.notegarden.compliance.api.VelocityLimits.Action.COMMENT);
        Comment c = comments.add(me, id, body.replyTo, body.body);
        return Response.status(Response.Status.CREATED)
                .entity(views.comments(List.of(c), 1, me).items().get(0)).build();
    }

    private Long viewer() {
        return caller.current().map(c -> c.accountId()).orElse(null);
    }
}
