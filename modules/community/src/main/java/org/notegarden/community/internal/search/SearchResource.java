package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.notegarden.community.internal.note.Note;
import org.notegarden.i18n.api.ChineseText;
import org.notegarden.community.internal.account.People;
import org.notegarden.community.internal.note.NoteViews;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Search: notes (sorts, note-type and time filters, the other language included unless turned
 * off), people, topics, suggestions while typing, hot searches and one's own history.
 *
 * <p>One instance serves every request (it holds only beans, the caller's context through its
 * proxy): creating and injecting a request-scoped resource per request was 2–4 % of a hot
 * read's CPU in the profiles (modules/app/README.md).
 */
@ApplicationScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    CallerContext caller;
    NoteSearch search;
    SearchHistory history;
    NoteViews notes;
    People accounts;
    RecentSearchHits recent;

    @Inject
    public SearchResource(CallerContext caller, NoteSearch search, SearchHistory history, NoteViews notes, People accounts,
                          RecentSearchHits recent) {
        this.caller = caller;
        this.recent = recent;
        this.search = search;
        this.history = history;
        this.notes = notes;
        this.accounts = accounts;
    }

    /** For the CDI container's proxy only. */
    protected SearchResource() {
    }

    /**
     * {@code nextOffset} is null on the last page; {@code total} is how many notes match, exactly when
     * {@code totalExact}, otherwise at least that many ("1,000+", as far as one can page: counting stops there, see NoteSearch);
     * {@code translatedQuery} says what the other language was searched with; {@code readAsPinyin}: the
     * word a pinyin query was read as, when it spells exactly one ("kafei" → 咖啡).
     */
    public record NoteResults(List<NoteViews.NoteCard> items, Integer nextOffset, long total, boolean totalExact, String translatedQuery,
                              String readAsPinyin) {
    }

    public record PeopleFound(List<People.Person> items) {
    }

    public record TopicHit(String topic, long notes) {
    }

    /** A note whose title completes the typed text. */
    public record TitleHit(long id, String title) {
    }

    public record Suggestions(List<String> terms, List<TitleHit> notes, List<TopicHit> topics, List<People.Person> users) {
    }

    @GET
    @Path("notes")
    public NoteResults notes(@QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("type") String type,
                             @QueryParam("time") String time, @QueryParam("offset") Integer offset,
                             @QueryParam("limit") Integer limit, @QueryParam("crossLanguage") Boolean crossLanguage,
                             @Context HttpHeaders headers) {
        SearchQuery query = SearchQuery.of(q, sort, type, time, offset, limit, crossLanguage);
        Long viewer = viewer();
        NoteSearch.Hits hits = recent.get(query, search::notes);
        boolean more = hits.ids().size() > query.limit();
        List<Long> shown = more ? hits.ids().subList(0, query.limit()) : hits.ids();
        // The database has the last word: a note changed since it was indexed is not shown stale.
        List<NoteViews.NoteCard> cards = notes.cards(shown, viewer).stream()
                .filter(c -> Note.State.PUBLISHED.name().equals(c.state())).toList();
        if (query.hasText() && query.offset() == 0) {
            history.record(viewer, query.text());
        }
        return new NoteResults(cards, more ? query.offset() + query.limit() : null, hits.total(), hits.totalExact(), hits.translatedQuery(),
                inReadersScript(hits.pinyinReading(), headers));
    }

    /** The dictionary spells words in Simplified; a reader of 繁體 is told 台灣, not 台湾. */
    private static String inReadersScript(String word, HttpHeaders headers) {
        if (word == null || headers == null) {
            return word;
        }
        List<java.util.Locale> wanted = headers.getAcceptableLanguages();
        return !wanted.isEmpty() && ChineseText.readsTraditional(wanted.get(0).toLanguageTag()) ? ChineseText.toTraditional(word) : word;
    }

    @GET
    @Path("users")
    public PeopleFound users(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        SearchQuery query = SearchQuery.of(q, null, null, null, 0, limit, true);
        if (!query.hasText()) {
            return new PeopleFound(List.of());
        }
        return new PeopleFound(people(search.accounts(query.text(), query.limit())));
    }

    @GET
    @Path("topics")
    public List<TopicHit> topics(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        SearchQuery query = SearchQuery.of(q, null, null, null, 0, limit, true);
        return search.topics(query.text(), query.limit()).stream().map(e -> new TopicHit(e.getKey(), e.getValue())).toList();
    }

    @GET
    @Path("suggest")
    public Suggestions suggest(@QueryParam("q") String q) {
        SearchQuery query = SearchQuery.of(q, null, null, null, 0, 5, true);
        if (!query.hasText()) {
            return new Suggestions(List.of(), List.of(), List.of(), List.of());
        }
        return new Suggestions(history.completing(query.text(), 5), titles(search.titlesCompleting(query.text(), 8)),
                search.topics(query.text(), 3).stream().map(e -> new TopicHit(e.getKey(), e.getValue())).toList(),
                people(search.accounts(query.text(), 3)));
    }

    @GET
    @Path("hot")
    public List<SearchHistory.HotTerm> hot() {
        return history.hot(10);
    }

    @GET
    @Path("history")
    @SecurityRequirement(name = "bearerToken")
    public List<String> myHistory() {
        return history.of(caller.require().accountId(), 20);
    }

    @DELETE
    @Path("history")
    @APIResponse(responseCode = "204", description = "Cleared")
    @SecurityRequirement(name = "bearerToken")
    public Response clearHistory() {
        history.clear(caller.require().accountId());
        return Response.noContent().build();
    }

    /** Distinct titles of notes the database still shows as published, in the index's order; five at most. */
    private List<TitleHit> titles(List<Long> ids) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return notes.cards(ids, viewer()).stream()
                .filter(c -> Note.State.PUBLISHED.name().equals(c.state()) && c.title() != null && !c.title().isBlank())
                .filter(c -> seen.add(c.title().strip().toLowerCase(java.util.Locale.ROOT)))
                .limit(5).map(c -> new TitleHit(c.id(), c.title())).toList();
    }

    private List<People.Person> people(List<Long> ids) {
        Map<Long, People.Person> byId = accounts.people(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Long viewer() {
        return caller.current().map(Caller::accountId).orElse(null);
    }
}
