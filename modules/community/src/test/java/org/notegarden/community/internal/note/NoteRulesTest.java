package org.notegarden.community.internal.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.notegarden.community.internal.media.MediaKind;
import org.notegarden.community.internal.media.MediaState;
import org.notegarden.platform.api.ProblemException;

class NoteRulesTest {
    private static final long AUTHOR = 7;

    private static Map<Long, NoteRules.MediaFacts> images(int n) {
        Map<Long, NoteRules.MediaFacts> m = new HashMap<>();
        for (long i = 1; i <= n; i++) {
            m.put(i, new NoteRules.MediaFacts(AUTHOR, MediaKind.IMAGE));
        }
        return m;
    }

    private static List<Long> ids(int n) {
        List<Long> l = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            l.add(i);
        }
        return l;
    }

    private static List<String> fieldsOf(Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        return e.errors().stream().map(x -> x.field()).toList();
    }

    @Test
    void acceptsEighteenImagesInOrder() {
        var valid = NoteRules.check(new NoteRules.Input(" Title ", "body #Tag", ids(18), List.of("#Extra"), " Paris "),
                AUTHOR, true, images(18), Map.of());
        assertEquals("Title", valid.title());
        assertEquals(ids(18), valid.mediaIds());
        assertEquals(Note.Kind.IMAGES, valid.kind());
        assertEquals(List.of("extra", "tag"), List.copyOf(valid.topics()));
        assertEquals("Paris", valid.locationName());
    }

    @Test
    void refusesNineteenImagesAndPublishingWithout() {
        assertEquals(List.of("mediaIds"), fieldsOf(() -> NoteRules.check(
                new NoteRules.Input("t", "", ids(19), null, null), AUTHOR, true, images(19), Map.of())));
        assertEquals(List.of("mediaIds"), fieldsOf(() -> NoteRules.check(
                new NoteRules.Input("t", "", List.of(), null, null), AUTHOR, true, Map.of(), Map.of())));
    }

    @Test
    void titleLengthCountsCharactersNotBytes() {
        NoteRules.check(new NoteRules.Input("咖".repeat(50), "", List.of(), null, null), AUTHOR, false, Map.of(), Map.of());
        NoteRules.check(new NoteRules.Input("😀".repeat(50), "", List.of(), null, null), AUTHOR, false, Map.of(), Map.of());
        assertEquals(List.of("title"), fieldsOf(() -> NoteRules.check(
                new NoteRules.Input("咖".repeat(51), "", List.of(), null, null), AUTHOR, false, Map.of(), Map.of())));
    }

    @Test
    void aVideoNoteHoldsOneVideoOnly() {
        Map<Long, NoteRules.MediaFacts> media = images(1);
        media.put(9L, new NoteRules.MediaFacts(AUTHOR, MediaKind.VIDEO));
        assertEquals(Note.Kind.VIDEO, NoteRules.check(new NoteRules.Input("v", "", List.of(9L), null, null),
                AUTHOR, true, media, Map.of()).kind());
        assertEquals(List.of("mediaIds"), fieldsOf(() -> NoteRules.check(
                new NoteRules.Input("v", "", List.of(9L, 1L), null, null), AUTHOR, true, media, Map.of())));
    }

    @Test
    void someoneElsesUploadsAndDuplicatesAreRefused() {
        Map<Long, NoteRules.MediaFacts> media = Map.of(1L, new NoteRules.MediaFacts(99, MediaKind.IMAGE),
                2L, new NoteRules.MediaFacts(AUTHOR, MediaKind.IMAGE));
        assertEquals(List.of("mediaIds[0]", "mediaIds[2]"), fieldsOf(() -> NoteRules.check(
                new NoteRules.Input("t", "", List.of(1L, 2L, 2L), null, null), AUTHOR, false, media, Map.of())));
    }

    @Test
    void mentionsResolveToExistingPeopleOtherThanTheAuthor() {
        var valid = NoteRules.check(new NoteRules.Input("t", "hi @lily @ghost @me", List.of(), null, null), AUTHOR, false,
                Map.of(), Map.of("lily", 3L, "me", AUTHOR));
        assertEquals(List.of(3L), List.copyOf(valid.mentionIds()));
    }

    @Test
    void productTagsKeepTheirOrderAndMustBeOnSale() {
        var valid = NoteRules.check(new NoteRules.Input("t", "", List.of(), null, null, List.of(30L, 10L)), AUTHOR, false,
                Map.of(), Map.of(), java.util.Set.of(10L, 30L));
        assertEquals(List.of(30L, 10L), valid.productIds());
        assertEquals(List.of("productIds[1]", "productIds[2]"), fieldsOf(() -> NoteRules.check(
                new NoteRules.Input("t", "", List.of(), null, null, java.util.Arrays.asList(10L, 99L, 10L)), AUTHOR, false,
                Map.of(), Map.of(), java.util.Set.of(10L))));
        assertEquals(List.of("productIds"), fieldsOf(() -> NoteRules.check(
                new NoteRules.Input("t", "", List.of(), null, null, ids(11)), AUTHOR, false, Map.of(), Map.of(),
                java.util.Set.copyOf(ids(11)))));
    }

    @Test
    void aVideoStillBeingProcessedMayWaitInADraftButIsNotPublished() {
        Map<Long, NoteRules.MediaFacts> processing = Map.of(1L, new NoteRules.MediaFacts(AUTHOR, MediaKind.VIDEO, MediaState.PROCESSING));
        NoteRules.Input input = new NoteRules.Input("Sunset ride", "", List.of(1L), null, null);
        assertEquals(Note.Kind.VIDEO, NoteRules.check(input, AUTHOR, false, processing, Map.of()).kind());
        assertEquals(List.of("mediaIds[0]"), fieldsOf(() -> NoteRules.check(input, AUTHOR, true, processing, Map.of())));
        Map<Long, NoteRules.MediaFacts> failed = Map.of(1L, new NoteRules.MediaFacts(AUTHOR, MediaKind.VIDEO, MediaState.FAILED));
        assertEquals(List.of("mediaIds[0]"), fieldsOf(() -> NoteRules.check(input, AUTHOR, false, failed, Map.of())));
    }
}
