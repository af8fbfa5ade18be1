package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the statement that reads a note's page keeps its plan: a note gone viral is read
 * by one statement after another, each for that one note. Written with the ids as an array
 * ({@code = ANY(?)}) it was planned again on every run, since a generic plan must assume an array
 * of ten and never looks as cheap as one made for a single id (community {@code NotePageRows}).
 */
@WholeApp
class NotePagePlanIT {
    ApiClient api;

    @Test
    void onPostgreSqlANotePageReadOneAtATimeKeepsItsPlan() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgres(), "pg_stat_statements is PostgreSQL's");
        ApiClient.User author = api.register("planned");
        long note = api.publishNote(author, "Slow-brewed hojicha", "Roasted, low caffeine. #tea");
        String pages = "(?s)SELECT n\\.id, n\\.author_id, n\\.title.*FROM cm_note n LEFT JOIN.*";
        long[] before = PgStatements.callsAndPlans(pages);
        for (int i = 0; i < 300; i++) {
            assertEquals(200, api.get("/notes/" + note, null).status());
        }
        long[] after = PgStatements.callsAndPlans(pages);
        long calls = after[0] - before[0];
        long plans = after[1] - before[1];
        assertTrue(calls >= 300, "one read per page, read one after another: " + calls);
        System.out.printf("a note page read %d times on PostgreSQL, planned %d times%n", calls, plans);
        assertTrue(plans * 3 < calls, "planned " + plans + " times for " + calls + " reads");
    }
}
