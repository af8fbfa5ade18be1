package org.notegarden.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void roundTrips() {
        Cursor c = new Cursor(Instant.parse("2026-11-23T10:15:30.123Z"), 4711L);
        assertEquals(c, Cursor.decode(c.encode()));
    }

    @Test
    void garbageIsAValidationProblemNamingTheCursor() {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursor.decode("%%%not-base64"));
        assertEquals(422, e.status());
        assertEquals("cursor", e.errors().get(0).field());
        ProblemException e2 = assertThrows(ProblemException.class, () -> Cursor.decode("bm9jb2xvbg"));
        assertEquals("cursor", e2.errors().get(0).field());
    }

    @Test
    void limitsAreBounded() {
        assertEquals(20, Page.clampLimit(null));
        assertEquals(100, Page.clampLimit(100));
        assertThrows(ProblemException.class, () -> Page.clampLimit(0));
        assertThrows(ProblemException.class, () -> Page.clampLimit(101));
    }
}
