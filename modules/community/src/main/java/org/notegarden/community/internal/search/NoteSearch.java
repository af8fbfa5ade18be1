package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.mapper.orm.Search;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.note.Note;
import org.notegarden.i18n.api.ChineseText;
import org.notegarden.i18n.api.CrossLanguageQuery;

/**
 * Full-text search over the index: notes (title, text, topics, pinyin, and the query's
 * translation into the other language), people and topics. Only what anyone may see is found:
 * published, not demoted or age-restricted by moderation, not from a private profile.
 */
@ApplicationScoped
public class NoteSearch {
    private static final AggregationKey<Map<String, Long>> TOPICS = AggregationKey.of("topics");

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    QueryTranslations translator;

    /**
     * The analyzer queries on text fields use instead of the mapping's ({@code TEXT_QUERY}); null in
     * the app. Only the search benchmark sets it, to measure queries with single characters too.
     */
    String queryAnalyzer;

    /** How a search asks the index for what anyone may see ({@link #publicNotes}). */
    enum PublicForm { FOUR_FILTERS, FOUR_EXCLUSIONS, ONE_FLAG }

    /** Null in the app, where {@link #indexSchema} decides; tests and the search benchmark set it to compare the forms. */
    PublicForm publicForm;

    /** Whether every document carries the one flag; null in tests that build this class by hand. */
    @Inject
    IndexSchemaConfirmed indexSchema;

    @Inject
    public NoteSearch(Clock clock, QueryTranslations translator) {
        this.clock = clock;
        this.translator = translator;
    }

    /** For the CDI container's proxy only. */
    protected NoteSearch() {
    }

    /**
     * Ids of one page of matching notes (one more than asked, to tell whether more follow), how
     * many match (exactly when {@code totalExact}; at least that many otherwise, for "1,000+"),
     * the translated query used, and the Chinese word a Latin-letter query spells in pinyin when
     * exactly one word is spelled so ("kafei" → 咖啡), for "Showing results for 咖啡".
     */
    public record Hits(List<Long> ids, long total, boolean totalExact, String translatedQuery, String pinyinReading) {
    }

    /**
     * A search counts matches exactly up to this many and says "at least" beyond: as far as a
     * reader can page ({@link SearchQuery#MAX_OFFSET}). Once the count is reached, Lucene may skip
     * every document that cannot reach the page (block-max WAND); counting every match means
     * scoring every match. Measured in the search benchmark (app README) on two vocabularies:
     * every match counted, counted to 1,000 and to 10,000.
     */
    static final int COUNT_EXACTLY_UP_TO = SearchQuery.MAX_OFFSET;

    /** {@link #COUNT_EXACTLY_UP_TO} in the app; tests lower it to reach it with a few notes. */
    int countExactlyUpTo = COUNT_EXACTLY_UP_TO;

    public Hits notes(SearchQuery q) {
        return notes(q, countExactlyUpTo);
    }

    /** {@code countExactlyUpTo} null counts every match; a number stops counting there (the benchmark compares both). */
    Hits notes(SearchQuery q, Integer countExactlyUpTo) {
        return SearchBackendDown.guard(() -> notesFromIndex(q, countExactlyUpTo));
    }

    private Hits notesFromIndex(SearchQuery q, Integer countExactlyUpTo) {
        CrossLanguageQuery translated = q.hasText() && q.crossLanguage() ? translator.inOtherLanguage(q.text()).orElse(null) : null;
        var result = query(q, translated, countExactlyUpTo).fetch(q.offset(), q.limit() + 1);
        String reading = q.mayBePinyin() ? translator.hanziForPinyin(q.text()).orElse(null) : null;
        return new Hits(result.hits(), result.total().hitCountLowerBound(), result.total().isHitCountExact(),
                translated == null ? null : translated.display(), reading);
    }

    /** The index query {@link #notes} runs; the benchmark prints it too. */
    org.hibernate.search.engine.search.query.SearchQuery<Long> query(SearchQuery q, CrossLanguageQuery translated, Integer countExactlyUpTo) {
        var step = Search.session(em).search(Note.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var b = publicNotes(f);
                    if (q.hasText()) {
                        b.must(matching(f, q, translated, queryAnalyzer));
                    } else {
                        b.filter(f.matchAll());
                    }
                    if (q.noteKind() != null) {
                        b.filter(f.match().field("kind").matching(Note.Kind.valueOf(q.noteKind())));
                    }
                    var since = q.period().since(clock.instant());
                    if (since != null) {
                        b.filter(f.range().field("publishedAt").atLeast(since));
                    }
                    return b;
                })
                .sort(f -> switch (q.sort()) {
                    case LATEST -> f.field("publishedAt").desc();
                    case MOST_LIKED -> f.field("likeCount").desc().then().score();
                    case MOST_COLLECTED -> f.field("collectCount").desc().then().score();
                    case RELEVANCE -> q.hasText() ? f.score().then().field("publishedAt").desc() : f.field("publishedAt").desc();
                });
        if (countExactlyUpTo != null) {
            step = step.totalHitCountThreshold(countExactlyUpTo);
        }
        return step.toQuery();
    }

    /** The best public matches for a past search (for the "for you" feed), across both languages. */
    public List<Long> idsFor(String term, int limit) {
        // Only the best ids are wanted, not how many match: counting stops at the page, so Lucene
        // may skip whatever cannot reach it (the same notes come back, in the same order).
        return notes(new SearchQuery(term, SearchQuery.Sort.RELEVANCE, null, SearchQuery.Period.ANY, 0, limit, true), limit).ids();
    }

    /**
     * Public notes of a channel: any of its words in topics (weighted) or title, the freshest and
     * most engaging first. Ids of up to {@code limit} notes from offset {@code offset}.
     */
    public List<Long> channel(String anyWord, int offset, int limit) {
        return SearchBackendDown.guard(() -> Search.session(em).search(Note.class)
                .select(f -> f.id(Long.class))
                .where(f -> publicNotes(f).must(f.simpleQueryString().field("topics").boost(2f).field("title").matching(anyWord)
                        .defaultOperator(BooleanOperator.OR)))
                .sort(f -> f.field("publishedAt").desc().then().field("likeCount").desc())
                .fetchHits(offset, limit));
    }

    /**
     * Public notes whose title completes what is being typed: every word typed, the last one as
     * a prefix ("latte ar" finds "Latte art at home"). Chinese is matched by its characters and
     * pairs as in search, so 咖啡 completes to 上海咖啡店推荐. Best match first, then most liked.
     */
    public List<Long> titlesCompleting(String text, int limit) {
        String words = text.replaceAll("[+|\\-\"*()~\\\\]", " ").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        // A prefix query is not analysed (no stemming: "latte*" misses the indexed "latt"), so the
        // words are matched as typed too; only a Latin last word gets a prefix, Han text is analysed.
        boolean prefix = !ChineseText.hasHan(words) && Character.isLetterOrDigit(words.charAt(words.length() - 1));
        return SearchBackendDown.guard(() -> Search.session(em).search(Note.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var typed = f.bool().should(f.simpleQueryString().field("title").matching(words).defaultOperator(BooleanOperator.AND));
                    if (prefix) {
                        typed.should(f.simpleQueryString().field("title").matching(words + "*").defaultOperator(BooleanOperator.AND));
                    }
                    return publicNotes(f).must(typed);
                })
                .sort(f -> f.score().then().field("likeCount").desc())
                .fetchHits(limit));
    }

    /** People by handle (prefix), name or bio (words, pinyin); held profile text is not searchable. */
    public List<Long> accounts(String text, int limit) {
        String key = ChineseText.toSimplified(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]", "");
        return SearchBackendDown.guard(() -> Search.session(em).search(Account.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(f.match().field("gone").matching(false));
                    var any = f.bool();
                    any.should(f.simpleQueryString().field("searchProfile").matching(text).defaultOperator(BooleanOperator.AND));
                    if (!key.isEmpty()) {
                        any.should(f.wildcard().field("handleKey").matching(key + "*").boost(2f));
                    }
                    if (!text.isEmpty() && text.chars().allMatch(c -> Character.isLetter(c) && c < 128 || c == ' ')) {
                        any.should(f.simpleQueryString().field("searchPinyin").matching(text.toLowerCase(Locale.ROOT))
                                .defaultOperator(BooleanOperator.AND));
                    }
                    root.add(any);
                })
                .fetchHits(limit));
    }

    /**
     * Topics of the public notes matching the words, with how many notes carry each; topics that
     * contain the words themselves come first, related ones after.
     */
    public List<Map.Entry<String, Long>> topics(String text, int limit) {
        CrossLanguageQuery translated = text.isEmpty() ? null : translator.inOtherLanguage(text).orElse(null);
        SearchQuery q = new SearchQuery(text, SearchQuery.Sort.RELEVANCE, null, SearchQuery.Period.ANY, 0, 1, true);
        // A topic being typed ("#mapl") is a prefix of the topic itself, not a word of any note.
        String prefix = ChineseText.toSimplified(text).toLowerCase(Locale.ROOT).replaceAll("[#*?\\s]", "");
        var result = SearchBackendDown.guard(() -> Search.session(em).search(Note.class)
                .where(f -> {
                    var b = publicNotes(f);
                    if (text.isEmpty()) {
                        return b.filter(f.matchAll());
                    }
                    return b.must(prefix.isEmpty() ? matching(f, q, translated, queryAnalyzer)
                            : f.or(matching(f, q, translated, queryAnalyzer), f.wildcard().field("topicKey").matching(prefix + "*").toPredicate())
                                    .toPredicate());
                })
                .aggregation(TOPICS, f -> f.terms().field("topicKey", String.class).maxTermCount(100))
                .fetch(0));
        String needle = ChineseText.toSimplified(text).toLowerCase(Locale.ROOT).replace("#", "").strip();
        List<Map.Entry<String, Long>> direct = new ArrayList<>();
        List<Map.Entry<String, Long>> related = new ArrayList<>();
        for (var e : result.aggregation(TOPICS).entrySet()) {
            (needle.isEmpty() || e.getKey().contains(needle) ? direct : related).add(e);
        }
        direct.addAll(related);
        return direct.subList(0, Math.min(limit, direct.size()));
    }

    /**
     * What anyone may see — published, not demoted, not age-restricted, not from a private
     * profile — said as what is left out. Nearly every note is public, so "is public" filters are
     * lists holding nearly every note, and Lucene stepped through four of them for every candidate
     * (async-profiler: about a fifth of a search's Lucene time, 2026-12-04); the notes left out are
     * few, and checking a candidate against them is cheap. Best as one clause: the note's own
     * "hidden" flag, set for any of the four reasons, instead of a terms query on the states and a
     * point query per flag, each looked up in every segment of the index (modules/app/README.md,
     * "A search never asked before"). Documents written before the flag existed do not carry it, so
     * until this node has found none of them left ({@link IndexBootstrap}) the four exclusions are
     * asked, which every document answers. The caller adds the words (or matches all) and further
     * filters.
     */
    private BooleanPredicateClausesStep<?> publicNotes(SearchPredicateFactory f) {
        PublicForm form = publicForm != null ? publicForm
                : indexSchema != null && indexSchema.confirmed() ? PublicForm.ONE_FLAG : PublicForm.FOUR_EXCLUSIONS;
        return switch (form) {
            case ONE_FLAG -> f.bool().mustNot(f.match().field("hidden").matching(true));
            case FOUR_EXCLUSIONS -> f.bool()
                    .mustNot(f.terms().field("state").matchingAny(NOT_PUBLISHED))
                    .mustNot(f.match().field("demoted").matching(true))
                    .mustNot(f.match().field("ageRestricted").matching(true))
                    .mustNot(f.match().field("authorPrivate").matching(true));
            case FOUR_FILTERS -> f.bool()
                    .filter(f.match().field("state").matching(Note.State.PUBLISHED))
                    .filter(f.match().field("demoted").matching(false))
                    .filter(f.match().field("ageRestricted").matching(false))
                    .filter(f.match().field("authorPrivate").matching(false));
        };
    }

    /** Every state but PUBLISHED, from the enum itself, so a state added later stays out of search too. */
    private static final List<Note.State> NOT_PUBLISHED =
            java.util.Arrays.stream(Note.State.values()).filter(s -> s != Note.State.PUBLISHED).toList();

    /** The words in title (weighted most), topics and text; pinyin; and the other language's words, weighted less. */
    private static org.hibernate.search.engine.search.predicate.SearchPredicate matching(SearchPredicateFactory f, SearchQuery q,
                                                                                          CrossLanguageQuery translated,
                                                                                          String analyzer) {
        var any = f.bool();
        var words = f.simpleQueryString().field("title").boost(3f).field("topics").boost(2f).field("body")
                .matching(q.text()).defaultOperator(BooleanOperator.AND);
        any.should(analyzer == null ? words : words.analyzer(analyzer));
        if (q.mayBePinyin()) {
            any.should(f.simpleQueryString().field("pinyin").matching(q.text().toLowerCase(Locale.ROOT))
                    .defaultOperator(BooleanOperator.AND).boost(0.8f));
        }
        if (translated != null) {
            var other = f.simpleQueryString().field("title").boost(3f).field("topics").boost(2f).field("body")
                    .matching(everyWordAnyRendering(translated)).defaultOperator(BooleanOperator.AND).boost(0.5f);
            any.should(analyzer == null ? other : other.analyzer(analyzer));
        }
        return any.toPredicate();
    }

    /**
     * "(徒步 | 远足) (路线)": each word of the other-language reading in any of its renderings, phrases
     * quoted; the query syntax's own characters are taken out of the renderings.
     */
    static String everyWordAnyRendering(CrossLanguageQuery translated) {
        List<String> words = new ArrayList<>();
        for (List<String> renderings : translated.words()) {
            List<String> alternatives = new ArrayList<>();
            for (String r : renderings) {
                String plain = r.replaceAll("[+|\\-\"*()~\\\\]", " ").strip().replaceAll("\\s+", " ");
                if (!plain.isEmpty()) {
                    alternatives.add(plain.contains(" ") ? '"' + plain + '"' : plain);
                }
            }
            if (!alternatives.isEmpty()) {
                words.add(alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")");
            }
        }
        return String.join(" ", words);
    }
}
