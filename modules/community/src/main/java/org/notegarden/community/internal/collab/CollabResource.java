package org.notegarden.community.internal.collab;

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
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.internal.account.People;
import org.notegarden.community.internal.insights.Dashboard;
import org.notegarden.community.internal.insights.InsightQueries;
import org.notegarden.community.internal.insights.Period;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;
import org.notegarden.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.notegarden.platform.api.EnumValues;

/** Brands invite creators; creators accept or decline; both see how the collaboration's notes do. */
@RequestScoped
@Path("collabs")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class CollabResource {
    CallerContext caller;
    CollabService collabs;
    People accounts;
    InsightQueries insights;
    java.time.Clock clock;

    @Inject
    public CollabResource(CallerContext caller, CollabService collabs, People accounts, InsightQueries insights,
            java.time.Clock clock) {
        this.caller = caller;
        this.collabs = collabs;
        this.accounts = accounts;
        this.insights = insights;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected CollabResource() {
    }

    public static class InviteBody {
        public String creatorHandle;
        public String brief;
        public String compensation;
        public List<Long> productIds;
    }

    public record CollabView(long id, String brandName, People.Person brand, People.Person creator, String brief,
                             String compensation, List<Long> productIds, @EnumValues(Collab.State.class) String state, boolean mineAsBrand,
                             Instant createdAt, Instant decidedAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The invitation", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CollabView.class)))
    public Response invite(InviteBody b) {
        long me = caller.requireRole(Role.MERCHANT).accountId();
        RequestBodies.required(b);
        return Response.status(Response.Status.CREATED)
                .entity(view(collabs.invite(me, b.creatorHandle, b.brief, b.compensation, b.productIds), me)).build();
    }

    @GET
    public List<CollabView> mine() {
        long me = caller.require().accountId();
        return collabs.of(me).stream().map(c -> view(c, me)).toList();
    }

    @GET
    @Path("{id}")
    public CollabView get(@PathParam("id") long id) {
        long me = caller.require().accountId();
        return view(collabs.requireParty(me, id), me);
    }

    @POST
    @Path("{id}/accept")
    public CollabView accept(@PathParam("id") long id) {
        long me = caller.require().accountId();
        return view(collabs.decide(me, id, true), me);
    }

    @POST
    @Path("{id}/decline")
    public CollabView decline(@PathParam("id") long id) {
        long me = caller.require().accountId();
        return view(collabs.decide(me, id, false), me);
    }

    /** How the collaboration's notes perform, for the brand and the creator alike. */
    @GET
    @Path("{id}/insights")
    public Dashboard performance(@PathParam("id") long id, @QueryParam("days") Integer days) {
        long me = caller.require().accountId();
        collabs.requireParty(me, id);
        Period p = Period.lastDays(days, clock);
        return insights.forNotes(insights.ofCollab(id), null, p);
    }

    private CollabView view(Collab c, long viewer) {
        Map<Long, People.Person> people = accounts.people(Set.of(c.getBrandAccountId(), c.getCreatorId()));
        return new CollabView(c.getId(), c.getBrandName(), people.get(c.getBrandAccountId()), people.get(c.getCreatorId()),
                c.getBrief(), c.getCompensation(), c.getProductIds(), c.getState().name(), viewer == c.getBrandAccountId(),
                c.getCreatedAt(), c.getDecidedAt());
    }
}
