package org.notegarden.community.internal.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The home feed with "why am I seeing this?": each card comes with the reasons it was ranked.
 * The mode the reader chose stays chosen; "not interested" removes a note and lowers similar ones.
 *
 * <p>One instance serves every request (it holds only beans, the caller's context through its
 * proxy): creating and injecting a request-scoped resource per request was 2–4 % of a hot
 * read's CPU in the profiles (modules/app/README.md).
 */
@ApplicationScoped
@Path("discovery")
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryResource {
    CallerContext caller;
    DiscoveryService discovery;
    NoteViews views;
    SignedOutCards signedOutCards;

    @Inject
    public DiscoveryResource(CallerContext caller, DiscoveryService discovery, NoteViews views, SignedOutCards signedOutCards) {
        this.caller = caller;
        this.discovery = discovery;
        this.views = views;
        this.signedOutCards = signedOutCards;
    }

    /** For the CDI container's proxy only. */
    protected DiscoveryResource() {
    }

    public record Item(NoteViews.NoteCard note, List<Reason> reasons) {
    }

    public record Feed(String mode, boolean personalisationAllowed, boolean modeChosen, List<Item> items, Integer nextOffset) {
    }

    public static class ModeBody {
        public String mode;
    }

    @GET
    @Path("feed")
    public Feed feed(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @QueryParam("channel") String channel) {
        int off = offset == null ? 0 : offset;
        int lim = limit == null ? 20 : limit;
        if (off < 0 || off > 1000) {
            throw Problems.invalid("offset", CommunityMessages.MUST_BE_BETWEEN_0_AND_1000);
        }
        if (lim < 1 || lim > 50) {
            throw Problems.invalid("limit", CommunityMessages.MUST_BE_BETWEEN_1_AND_50);
        }
        Long viewer = caller.current().map(Caller::accountId).orElse(null);
        DiscoveryService.Mode mode = discovery.modeFor(viewer);
        var topicChannel = Channel.of(channel);
        List<Recommender.Ranked> ranked = topicChannel.isPresent() ? discovery.channel(viewer, topicChannel.get(), off, lim)
                : discovery.page(viewer, mode.mode(), off, lim);
        boolean more = ranked.size() > lim;
        List<Recommender.Ranked> shown = more ? ranked.subList(0, lim) : ranked;
        List<Long> ids = shown.stream().map(Recommender.Ranked::noteId).toList();
        // Popular nearby has just checked these notes in the database (DiscoveryService.page).
        boolean checkedForStrangers = viewer == null && topicChannel.isEmpty() && mode.mode() == FeedMode.POPULAR_NEARBY;
        Map<Long, NoteViews.NoteCard> cards = (checkedForStrangers ? signedOutCards.ofRecommendable(ids) : views.cards(ids, viewer))
                .stream().collect(Collectors.toMap(NoteViews.NoteCard::id, Function.identity()));
        List<Item> items = shown.stream().filter(r -> cards.containsKey(r.noteId()))
                .map(r -> new Item(cards.get(r.noteId()), r.reasons())).toList();
        return new Feed(mode.mode().name(), mode.personalisationAllowed(), mode.chosen(), items, more ? off + lim : null);
    }

    /** The topic channels, in the order the home feed shows them. */
    @GET
    @Path("channels")
    public List<String> channels() {
        return java.util.Arrays.stream(Channel.values()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @PUT
    @Path("mode")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearerToken")
    public DiscoveryService.Mode choose(ModeBody body) {
        RequestBodies.required(body);
        return discovery.choose(caller.require().accountId(), body.mode);
    }

    @PUT
    @Path("not-interested/{noteId}")
    @APIResponse(responseCode = "204", description = "Noted: the feed shows fewer like it")
    @SecurityRequirement(name = "bearerToken")
    public Response notInterested(@PathParam("noteId") long noteId) {
        discovery.notInterested(caller.require().accountId(), noteId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("not-interested/{noteId}")
    @APIResponse(responseCode = "204", description = "Undone")
    @SecurityRequirement(name = "bearerToken")
    public Response undo(@PathParam("noteId") long noteId) {
        discovery.undoNotInterested(caller.require().accountId(), noteId);
        return Response.noContent().build();
    }
}
