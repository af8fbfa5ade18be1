package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.notegarden.community.internal.note.Note;
import org.notegarden.i18n.internal.CedictTranslator;

/**
 * Only what anyone may see is found, whichever way the index is asked: one public note beside a
 * note in every other state, a demoted one, an age-restricted one and one from a private profile,
 * all with the same words and topic. Search (with words, and with none), channels, title
 * completion and topic counts each find the public note alone, in each of the forms a search may
 * ask it (the one "hidden" flag the app uses once its index is of the current form, the four
 * exclusions it uses until then, and the four filters used before).
 */
class PublicNotesOnlyTest {
    private static final String URL = "jdbc:h2:mem:public-notes-only;DB_CLOSE_DELAY=-1";
    private static final long PUBLIC = 1;
    private static SessionFactory sessions;
    private static NoteSearch search;

    @BeforeAll
    static void indexOnePublicNoteAmongHiddenOnes() throws Exception {
        sessions = InMemorySearchIndex.sessions(URL);
        InMemorySearchIndex.defaultFlagsAndCounts(URL);
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             PreparedStatement note = c.prepareStatement("INSERT INTO cm_note (id, author_id, title, body, kind, state, like_count, "
                     + "collect_count, comment_count, age_restricted, demoted, author_private, moderation_label, created_at, updated_at, "
                     + "published_at, sponsor_by_platform, ai_generated, ai_generated_platform, ai_assisted, version) "
                     + "VALUES (?, 1, 'Matcha latte at home', 'Whisk the matcha first', 'IMAGES', ?, 0, 0, 0, ?, ?, ?, false, ?, ?, ?, "
                     + "false, false, false, false, 0)");
             PreparedStatement topic = c.prepareStatement("INSERT INTO cm_note_topic (note_id, topic) VALUES (?, 'matcha')")) {
            long id = PUBLIC;
            add(note, topic, id++, Note.State.PUBLISHED, false, false, false);
            for (Note.State s : Note.State.values()) {
                if (s != Note.State.PUBLISHED) {
                    add(note, topic, id++, s, false, false, false);
                }
            }
            add(note, topic, id++, Note.State.PUBLISHED, true, false, false);
            add(note, topic, id++, Note.State.PUBLISHED, false, true, false);
            add(note, topic, id, Note.State.PUBLISHED, false, false, true);
            note.executeBatch();
            topic.executeBatch();
        }
        Search.mapping(sessions).scope(Note.class).massIndexer().threadsToLoadObjects(1).startAndWait();
        search = new NoteSearch();
        search.em = sessions.createEntityManager();
        search.clock = Clock.systemUTC();
        search.translator = new QueryTranslations(new CedictTranslator());
    }

    private static void add(PreparedStatement note, PreparedStatement topic, long id, Note.State state, boolean ageRestricted,
                            boolean demoted, boolean authorPrivate) throws Exception {
        Timestamp at = Timestamp.from(Instant.now().minusSeconds(3600 - id));
        note.setLong(1, id);
        note.setString(2, state.name());
        note.setBoolean(3, ageRestricted);
        note.setBoolean(4, demoted);
        note.setBoolean(5, authorPrivate);
        note.setTimestamp(6, at);
        note.setTimestamp(7, at);
        note.setTimestamp(8, at);
        note.addBatch();
        topic.setLong(1, id);
        topic.addBatch();
    }

    @AfterAll
    static void close() {
        if (search != null) {
            search.em.close();
        }
        if (sessions != null) {
            sessions.close();
        }
    }

    @ParameterizedTest
    @EnumSource(NoteSearch.PublicForm.class)
    void searchWithWordsFindsThePublicNoteAlone(NoteSearch.PublicForm form) {
        search.publicForm = form;
        for (String sort : List.of("relevance", "latest", "most_liked", "most_collected")) {
            NoteSearch.Hits hits = search.notes(SearchQuery.of("matcha", sort, null, null, 0, 20, true));
            assertEquals(List.of(PUBLIC), hits.ids(), sort);
            assertEquals(1, hits.total(), sort);
        }
        assertEquals(List.of(PUBLIC), search.notes(SearchQuery.of("matcha", null, "IMAGES", "week", 0, 20, false)).ids());
    }

    @ParameterizedTest
    @EnumSource(NoteSearch.PublicForm.class)
    void searchWithNoWordsFindsThePublicNoteAlone(NoteSearch.PublicForm form) {
        search.publicForm = form;
        assertEquals(List.of(PUBLIC), search.notes(new SearchQuery("", SearchQuery.Sort.LATEST, null, SearchQuery.Period.ANY, 0, 20,
                true)).ids());
    }

    @ParameterizedTest
    @EnumSource(NoteSearch.PublicForm.class)
    void channelsCompletionAndTopicsCountThePublicNoteAlone(NoteSearch.PublicForm form) {
        search.publicForm = form;
        assertEquals(List.of(PUBLIC), search.channel("matcha", 0, 20));
        assertEquals(List.of(PUBLIC), search.titlesCompleting("matcha lat", 10));
        assertEquals(List.of(Map.entry("matcha", 1L)), search.topics("matcha", 10));
        assertEquals(List.of(Map.entry("matcha", 1L)), search.topics("", 10));
        assertEquals(List.of(PUBLIC), search.idsFor("matcha", 10));
    }
}
