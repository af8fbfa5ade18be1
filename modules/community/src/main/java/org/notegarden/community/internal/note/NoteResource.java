package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.Pace;
import org.notegarden.community.internal.account.People;
import org.notegarden.community.internal.tally.InsightKind;
import org.notegarden.community.internal.tally.Insights;
import org.notegarden.compliance.api.VelocityLimits;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Notes: writing, reading, editing and deleting one. Likes, collects and comments have resources of their own.
 *
 * <p>One instance serves every request (it holds only beans, the caller's context through its
 * proxy): creating and injecting a request-scoped resource per request was 2–4 % of a hot
 * read's CPU in the profiles (modules/app/README.md).
 */
@ApplicationScoped
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {
    Pace pace;
    People people;
    CallerContext caller;
    NoteService notes;
    NoteViews views;
    Insights insights;

    @Inject
    public NoteResource(Pace pace, People people, CallerContext caller, NoteService notes, NoteViews views, Insights insights) {
        this.pace = pace;
        this.people = people;
        this.caller = caller;
        this.notes = notes;
        this.views = views;
        this.insights = insights;
    }

    /** For the CDI container's proxy only. */
    protected NoteResource() {
    }

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
        /** Stars for the product, 1 to 5; optional. */
        public Integer rating;
    }

    @POST
    @APIResponse(responseCode = "201", description = "The new note or draft", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NoteViews.NoteDetail.class)))
    @SecurityRequirement(name = "bearerToken")
    public Response create(NoteBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        pace.check(me, VelocityLimits.Action.POST);
        Note note = notes.create(me, body.input(), body.publish,
                body.review == null ? null : new NoteService.ReviewOf(body.review.orderId, body.review.skuId, body.review.rating),
                body.labels());
        return Response.status(Response.Status.CREATED).entity(views.detail(note, me)).build();
    }

    @GET
    @Path("{id}")
    public NoteViews.NoteDetail get(@PathParam("id") long id) {
        Long viewer = viewer();
        NoteContent note = notes.requireVisiblePage(id, viewer); // a private profile's notes are for its followers, by link too
        if (note.isAgeRestricted() && (viewer == null || viewer != note.getAuthorId()) && !people.isAdult(viewer)) {
            throw new ProblemException(403, Problems.BASE + "age-restricted",
                    Message.of(CommunityMessages.ADULTS_ONLY_TITLE),
                            Message.of(CommunityMessages.NOTE_IS_SHOWN_ONLY_TO_SIGNED_IN_ADULTS),
                    java.util.List.of(), null);
        }
        if (note.getState() == Note.State.PUBLISHED && (viewer == null || viewer != note.getAuthorId())) {
            insights.onNote(InsightKind.READ, id); // authors reading their own note do not count
        }
        return views.detail(note, viewer);
    }

    @PUT
    @Path("{id}")
    @SecurityRequirement(name = "bearerToken")
    public NoteViews.NoteDetail update(@PathParam("id") long id, NoteBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        return views.detail(notes.update(me, id, body.input(), body.publish, body.labels()), me);
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @SecurityRequirement(name = "bearerToken")
    public Response delete(@PathParam("id") long id) {
        notes.delete(caller.require().accountId(), id);
        return Response.noContent().build();
    }

    private Long viewer() {
        return caller.current().map(c -> c.accountId()).orElse(null);
    }
}
