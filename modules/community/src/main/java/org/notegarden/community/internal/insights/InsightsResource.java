package org.notegarden.community.internal.insights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.notegarden.community.api.ProductLookup;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.community.internal.tally.ClientEventGate;
import org.notegarden.community.internal.tally.InsightEvent;
import org.notegarden.community.internal.tally.InsightKind;
import org.notegarden.community.internal.tally.Insights;
import org.notegarden.community.internal.tally.Origin;
import org.notegarden.community.internal.tally.RequestOrigin;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.Role;
import org.notegarden.platform.api.SuccessStatus;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Recording what clients see (impressions, shares, product clicks) and the dashboards: a
 * creator's own notes, and for merchants the notes that feature their products. Aggregates only.
 */
@RequestScoped
@Path("insights")
@Produces(MediaType.APPLICATION_JSON)
public class InsightsResource {
    static final int MAX_EVENTS = 100;

    CallerContext caller;
    Insights insights;
    RequestOrigin origin;
    InsightQueries queries;
    ProductLookup products;
    ClientEventGate gate;
    IpLocation addresses;
    NoteViews notes;

    @Inject
    public InsightsResource(CallerContext caller, Insights insights, RequestOrigin origin, InsightQueries queries,
            ProductLookup products, ClientEventGate gate, IpLocation addresses, NoteViews notes) {
        this.caller = caller;
        this.insights = insights;
        this.origin = origin;
        this.queries = queries;
        this.products = products;
        this.gate = gate;
        this.addresses = addresses;
        this.notes = notes;
    }

    /** For the CDI container's proxy only. */
    protected InsightsResource() {
    }

    public static class EventBody {
        public String kind;
        public Long noteId;
    }

    public static class EventsBody {
        public List<EventBody> events;
    }

    public record Accepted(int accepted) {
    }

    /**
     * Anyone may report, signed in or not; only the kinds a client can observe, about notes the
     * reader may see, each counted once per reader (the account, else the client address) per
     * note, kind and hour; one address reports a bounded number of events a minute (429 past it).
     * The answer says how many were counted.
     */
    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "How many of the events were counted", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Accepted.class)))
    @SuccessStatus(202)
    public Accepted record(EventsBody body) {
        if (body == null || body.events == null || body.events.isEmpty() || body.events.size() > MAX_EVENTS) {
            throw Problems.invalid("events", CommunityMessages.SEND_1_N_EVENTS, MAX_EVENTS);
        }
        List<FieldError> errors = new ArrayList<>();
        List<InsightEvent> valid = new ArrayList<>();
        Origin from = origin.get();
        var now = insights.clock().instant();
        for (int i = 0; i < body.events.size(); i++) {
            EventBody e = body.events.get(i);
            InsightKind kind = null;
            try {
                kind = e == null || e.kind == null ? null : InsightKind.valueOf(e.kind);
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            if (kind == null || !InsightKind.FROM_CLIENTS.contains(kind)) {
                errors.add(new FieldError("events[" + i + "].kind", CommunityMessages.MUST_BE_ONE_OF_N,
                        InsightKind.FROM_CLIENTS));
            } else if (e.noteId == null || e.noteId <= 0) {
                errors.add(new FieldError("events[" + i + "].noteId", CommunityMessages.IS_REQUIRED));
            } else {
                valid.add(InsightEvent.onNote(kind, e.noteId, from, now));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        String client = addresses.currentClientKey().orElse("unknown");
        if (!gate.withinRate(client, valid.size())) {
            throw Problems.tooManyRequests(Message.of(CommunityMessages.TOO_MANY_EVENTS_FROM_ADDRESS_TRY_AGAIN_IN),
                    gate.secondsLeftInMinute());
        }
        Long viewer = caller.current().map(c -> c.accountId()).orElse(null);
        String viewerKey = viewer != null ? "a" + viewer : "c" + client;
        java.util.Set<Long> visible = notes.visibleIds(valid.stream().map(InsightEvent::noteId).toList(), viewer);
        List<InsightEvent> counted = valid.stream().filter(e -> visible.contains(e.noteId()))
                .filter(e -> gate.firstThisHour(viewerKey, e.noteId(), e.kind())).toList();
        counted.forEach(insights::direct);
        return new Accepted(counted.size());
    }

    @GET
    @Path("creator")
    @SecurityRequirement(name = "bearerToken")
    public Dashboard creator(@QueryParam("days") Integer days, @QueryParam("tz") String tz) {
        long me = caller.require().accountId();
        Period p = Period.lastDays(days, tz, insights.clock());
        return queries.forNotes(queries.publishedBy(me), me, p);
    }

    @GET
    @Path("creator.csv")
    @Produces("text/csv")
    @APIResponse(responseCode = "200", description = "The creator dashboard as CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @SecurityRequirement(name = "bearerToken")
    public Response creatorCsv(@QueryParam("days") Integer days, @QueryParam("tz") String tz) {
        return csv(creator(days, tz), "notegarden-creator");
    }

    /** One of the caller's own notes, day by day (others' notes and drafts look missing). */
    @GET
    @Path("notes/{id}")
    @SecurityRequirement(name = "bearerToken")
    public Dashboard note(@jakarta.ws.rs.PathParam("id") long id, @QueryParam("days") Integer days,
                          @QueryParam("tz") String tz) {
        long me = caller.require().accountId();
        var note = queries.publishedNoteOf(me, id).orElseThrow(() -> Problems.notFound("noteId",
                CommunityMessages.NOTE_N_DOES_NOT_EXIST, id));
        Period p = Period.lastDays(days, tz, insights.clock());
        return queries.forNotes(List.of(note), null, p);
    }

    /** Merchants: the notes (anyone's) that feature their products. */
    @GET
    @Path("brand")
    @SecurityRequirement(name = "bearerToken")
    public Dashboard brand(@QueryParam("days") Integer days, @QueryParam("tz") String tz) {
        long me = caller.requireRole(Role.MERCHANT).accountId();
        Period p = Period.lastDays(days, tz, insights.clock());
        return queries.forNotes(queries.featuring(products.productIdsOfShopOwner(me)), null, p);
    }

    @GET
    @Path("brand.csv")
    @Produces("text/csv")
    @APIResponse(responseCode = "200", description = "The brand dashboard as CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @SecurityRequirement(name = "bearerToken")
    public Response brandCsv(@QueryParam("days") Integer days, @QueryParam("tz") String tz) {
        return csv(brand(days, tz), "notegarden-brand");
    }

    private static Response csv(Dashboard d, String name) {
        return Response.ok(InsightsCsv.of(d)).type("text/csv; charset=UTF-8")
                .header("Content-Disposition",
                        "attachment; filename=\"" + name + "-" + d.from() + "-" + d.to() + ".csv\"").build();
    }
}
