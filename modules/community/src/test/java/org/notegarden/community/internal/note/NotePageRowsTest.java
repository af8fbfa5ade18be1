package org.notegarden.community.internal.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.H2StatementCount;

/**
 * A note read as rows for its page must say everything the entity says — every getter of
 * {@link NoteContent}, the order of pictures and products, and who may see it — in one statement, so a page costs one round trip to the database.
 */
class NotePageRowsTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:15:30.123Z");
    private static final long AUTHOR = 41;
    private static final long STRANGER = 42;
    private static SessionFactory sessions;
    private static final List<Long> ids = new ArrayList<>();

    @BeforeAll
    static void boot() {
        sessions = NoteTables.inMemory("note-page-rows");
        try (Session s = sessions.openSession()) {
            s.getTransaction().begin();
            Note pictures = note(Note.Kind.IMAGES, List.of(7L, 3L, 9L), Set.of("matcha", "抹茶", "latte"), Set.of(5L, 6L),
                    "Hangzhou 西湖", List.of(11L, 2L));
            pictures.publish(NOW.plusSeconds(60));
            pictures.reviewOf(1, 2, 3);
            pictures.label("Maple & Co", true, 77L, null);
            pictures.markAiAssisted();
            pictures.stampIpLocation("CN-ZJ");
            Note privateDraft = note(Note.Kind.TEXT, List.of(), Set.of(), Set.of(), null, List.of());
            privateDraft.setAuthorPrivate(true);
            Note heldVideo = note(Note.Kind.VIDEO, List.of(5L), Set.of("hiking"), Set.of(), null, List.of());
            heldVideo.publish(NOW);
            heldVideo.hold();
            heldVideo.restrict(true, false, true, 901L);
            heldVideo.markAiSuspectedByPlatform();
            Note deleted = note(Note.Kind.IMAGES, List.of(8L), Set.of("x"), Set.of(9L), null, List.of(4L));
            deleted.publish(NOW);
            deleted.delete(NOW.plusSeconds(5));
            Note generated = note(Note.Kind.IMAGES, List.of(13L, 12L), Set.of("ai"), Set.of(), null, List.of(2L, 1L));
            generated.markAiGeneratedByPlatform();
            generated.publish(NOW);
            generated.setAuthorPrivate(true);
            for (Note n : List.of(pictures, privateDraft, heldVideo, deleted, generated)) {
                s.persist(n);
            }
            s.getTransaction().commit();
            for (Note n : List.of(pictures, privateDraft, heldVideo, deleted, generated)) {
                ids.add(n.getId());
            }
        }
    }

    private static Note note(Note.Kind kind, List<Long> media, Set<String> topics, Set<Long> mentions, String location,
                             List<Long> products) {
        Note n = new Note(AUTHOR, NOW);
        n.edit(new NoteRules.Valid("title " + kind, "body of " + kind, kind, media, new LinkedHashSet<>(topics), mentions,
                location, products), NOW);
        return n;
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    @Test
    void thePageSaysWhatTheEntitySaysInOneStatement() throws Exception {
        for (long id : ids) {
            NotePage page;
            try (Session s = sessions.openSession()) {
                sessions.getStatistics().clear();
                NotePage[] read = new NotePage[1];
                assertEquals(1, H2StatementCount.during(s, () -> read[0] = new NotePageRows(s).byId(id).orElseThrow()),
                        "one statement");
                page = read[0];
                assertEquals(0, sessions.getStatistics().getEntityLoadCount(), "no entity loaded");
            }
            try (Session s = sessions.openSession()) {
                Note n = s.get(Note.class, id);
                int compared = 0;
                for (Method getter : NoteContent.class.getMethods()) {
                    if (getter.getParameterCount() == 0) {
                        assertEquals(getter.invoke(n), getter.invoke(page), getter.getName() + " of note " + id);
                        compared++;
                    }
                }
                assertTrue(compared >= 30, "compared " + compared + " getters");
                for (Long viewer : Arrays.asList(null, AUTHOR, STRANGER)) {
                    assertEquals(n.isVisibleTo(viewer), page.isVisibleTo(viewer), "visibility of " + id + " to " + viewer);
                }
            }
        }
    }

    @Test
    void picturesAndProductsKeepTheAuthorsOrder() {
        try (Session s = sessions.openSession()) {
            NotePage pictures = new NotePageRows(s).byId(ids.get(0)).orElseThrow();
            assertEquals(List.of(7L, 3L, 9L), pictures.getMediaIds());
            assertEquals(List.of(11L, 2L), pictures.getProductIds());
            NotePage generated = new NotePageRows(s).byId(ids.get(4)).orElseThrow();
            assertEquals(List.of(13L, 12L), generated.getMediaIds());
            assertEquals(List.of(2L, 1L), generated.getProductIds());
        }
    }

    @Test
    void aNoteThatDoesNotExistIsEmpty() {
        try (Session s = sessions.openSession()) {
            assertTrue(new NotePageRows(s).byId(999_999L).isEmpty());
        }
    }

    @Test
    void manyNotesAreReadInOneStatementAsEachAlone() {
        Set<Long> asked = new java.util.HashSet<>(ids);
        asked.add(999_999L);
        try (Session s = sessions.openSession()) {
            NotePageRows rows = new NotePageRows(s);
            java.util.Map<Long, NotePage> together = new java.util.HashMap<>();
            assertEquals(1, H2StatementCount.during(s, () -> together.putAll(rows.byIds(asked))), "one statement for all");
            assertEquals(Set.copyOf(ids), together.keySet(), "every note that exists, and only those");
            for (long id : ids) {
                NotePage alone = rows.byId(id).orElseThrow();
                NotePage read = together.get(id);
                assertEquals(alone.getMediaIds(), read.getMediaIds(), "pictures of " + id);
                assertEquals(alone.getProductIds(), read.getProductIds(), "products of " + id);
                assertEquals(alone.getTopics(), read.getTopics(), "topics of " + id);
                assertEquals(alone.getMentionIds(), read.getMentionIds(), "mentions of " + id);
                assertEquals(alone.getTitle(), read.getTitle(), "title of " + id);
                assertEquals(alone.getState(), read.getState(), "state of " + id);
                assertEquals(alone.isAuthorPrivate(), read.isAuthorPrivate(), "author's privacy of " + id);
            }
        }
    }

    /** Reading by an array of ids, or one note by its id, must look the notes up by key on H2 too, not scan the tables. */
    @Test
    void theNotesAreLookedUpByTheirKeys() {
        assertLooksUpByKeys(NotePageRows.PAGES, true);
        assertLooksUpByKeys(NotePageRows.PAGE, false);
    }

    private void assertLooksUpByKeys(String statement, boolean array) {
        try (Session s = sessions.openSession()) {
            String plan = s.doReturningWork(c -> {
                try (var explain = c.prepareStatement("EXPLAIN " + statement)) {
                    java.sql.Array one = c.createArrayOf("bigint", new Long[] {ids.get(0)});
                    for (int i = 1; i <= 5; i++) {
                        if (array) {
                            explain.setArray(i, one);
                        } else {
                            explain.setLong(i, ids.get(0));
                        }
                    }
                    try (var rs = explain.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            for (String table : List.of("PUBLIC.CM_NOTE_MEDIA", "PUBLIC.CM_NOTE_PRODUCT", "PUBLIC.CM_NOTE_MENTION",
                    "PUBLIC.CM_NOTE_TOPIC", "\"PUBLIC\".\"CM_NOTE\" \"N\"")) {
                int at = plan.indexOf(table);
                assertTrue(at >= 0, table + " in " + plan);
                String access = plan.substring(plan.indexOf("/*", at), plan.indexOf("*/", at));
                assertTrue(!access.contains("tableScan") && (access.contains("INDEX") || access.contains("PRIMARY_KEY")),
                        table + " read by key: " + access);
            }
        }
    }
}
