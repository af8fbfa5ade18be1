package org.notegarden.community.internal.note;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.H2StatementCount;

/**
 * A card's row must say what the entity says — the same cover, badges and labels, and above all
 * the same answer to "who may see it" — and must cost one statement for a whole page.
 */
class NoteCardRowsTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");
    private static final long AUTHOR = 41;
    private static final long STRANGER = 42;
    private static SessionFactory sessions;
    private static final List<Long> ids = new ArrayList<>();

    @BeforeAll
    static void boot() {
        sessions = NoteTables.inMemory("note-card-rows");
        try (Session s = sessions.openSession()) {
            s.getTransaction().begin();
            Note pictures = note(Note.Kind.IMAGES, List.of(7L, 3L, 9L), List.of(11L));
            pictures.publish(NOW);
            pictures.reviewOf(1, 2, 3);
            pictures.label("Maple & Co", true, null, null);
            pictures.markAiAssisted();
            Note privateDraft = note(Note.Kind.TEXT, List.of(), List.of());
            privateDraft.setAuthorPrivate(true);
            Note heldVideo = note(Note.Kind.VIDEO, List.of(5L), List.of());
            heldVideo.publish(NOW);
            heldVideo.hold();
            heldVideo.restrict(true, false, true, null);
            heldVideo.markAiSuspectedByPlatform();
            Note deleted = note(Note.Kind.IMAGES, List.of(8L), List.of(4L));
            deleted.publish(NOW);
            deleted.delete(NOW);
            Note generated = note(Note.Kind.IMAGES, List.of(12L, 13L), List.of(1L, 2L));
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

    private static Note note(Note.Kind kind, List<Long> media, List<Long> products) {
        Note n = new Note(AUTHOR, NOW);
        n.edit(new NoteRules.Valid("title " + kind, "body", kind, media, new LinkedHashSet<>(Set.of("matcha")), Set.of(),
                null, products), NOW);
        return n;
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    @Test
    void aPageOfRowsSaysWhatItsEntitiesSayInOneStatement() {
        List<Long> asked = new ArrayList<>(ids);
        asked.add(999_999L);
        Map<Long, NoteCardRow> rows;
        try (Session s = sessions.openSession()) {
            List<NoteCardRow> read = new ArrayList<>();
            assertEquals(1, H2StatementCount.during(s, () -> read.addAll(new NoteCardRows(s).byIds(asked))), "one statement for the page");
            rows = read.stream().collect(Collectors.toMap(NoteCardRow::id, Function.identity()));
        }
        assertEquals(Set.copyOf(ids), rows.keySet(), "the rows of the notes that exist");
        try (Session s = sessions.openSession()) {
            for (long id : ids) {
                Note n = s.get(Note.class, id);
                NoteCardRow row = rows.get(id);
                assertEquals(n.getTitle(), row.title());
                assertEquals(n.getKind(), row.kind());
                assertEquals(n.getState(), row.state());
                assertEquals(n.getMediaIds().isEmpty() ? null : n.getMediaIds().get(0), row.coverMediaId(), "cover of " + id);
                assertEquals(n.getLikeCount(), row.likeCount());
                assertEquals(n.isVerifiedPurchase(), row.verifiedPurchase());
                assertEquals(!n.getProductIds().isEmpty(), row.hasProducts(), "products of " + id);
                assertEquals(n.getSponsorName(), row.sponsorName());
                assertEquals(n.isAiGenerated(), row.aiGenerated());
                assertEquals(n.isAiAssisted(), row.aiAssisted());
                assertEquals(AiLabels.tierOf(n), row.tier(), "AI tier of " + id);
                assertEquals(n.getPublishedAt(), row.publishedAt());
                assertEquals(n.getAuthorId(), row.getAuthorId());
                assertEquals(n.isAuthorPrivate(), row.isAuthorPrivate());
                assertEquals(n.isAgeRestricted(), row.isAgeRestricted());
                for (Long viewer : java.util.Arrays.asList(null, AUTHOR, STRANGER)) {
                    assertEquals(n.isVisibleTo(viewer), row.isVisibleTo(viewer), "visibility of " + id + " to " + viewer);
                }
            }
        }
    }

    @Test
    void theCoverIsTheFirstPictureNotTheSmallestId() {
        try (Session s = sessions.openSession()) {
            assertEquals(7L, new NoteCardRows(s).byIds(List.of(ids.get(0))).get(0).coverMediaId());
        }
    }
}
