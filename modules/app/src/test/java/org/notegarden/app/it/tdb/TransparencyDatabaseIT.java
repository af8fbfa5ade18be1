package org.notegarden.app.it.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.Moderators;
import org.notegarden.app.it.WholeApp;

/**
 * Statements of reasons reach the DSA Transparency Database (a local stand-in that enforces its
 * published rules): in batches from the outbox, after two server errors, with what the note
 * really held, and only for people in the EU; a refused one waits for staff with the validator's
 * message and goes through on retry.
 */
@WholeApp
class TransparencyDatabaseIT {
    private static final String PARIS = "2a00:1450:300::1";
    private static final String NEW_YORK = "8.8.8.8";
    private static TransparencyDatabase tdb;

    ApiClient api;

    @BeforeAll
    static void startTheDatabase() throws Exception {
        tdb = new TransparencyDatabase(Integer.getInteger("it.tdb.port"), "it-tdb-token");
    }

    @AfterAll
    static void stopIt() {
        tdb.close();
    }

    @Test
    void anEuDecisionIsSubmittedAfterTwoServerErrorsAndAnUsOneIsNotRequired() {
        User mod = Moderators.appoint(api, api.adminToken(), "tdbmod", "\"en\"");
        User parisian = api.registerFrom(PARIS, "tdbparis");
        long noteId = api.publishNote(parisian, "My new serum", "Loving this serum, everyone should buy it today");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(201, api.post("/notices", null, notice("NOTE", noteId, "UNDISCLOSED_ADVERTISING")).status());

        tdb.failNext(500, 500);
        long statementId = remove(mod, "NOTE", noteId);
        // What staff and the affected person download is what the database accepts.
        JsonObject export = api.get("/statements/" + statementId + "/dsa", parisian.token()).obj();
        assertEquals(Map.of(), TdbRules.check(export), export.toString());
        JsonObject one = within(() -> submitted(statementId));
        String puid = one.getString("puid");
        assertEquals(one.getString("tdbUuid"), tdb.uuidOf(puid), "the database's uuid is kept");
        assertEquals(2, one.getInt("attempts"), "two failed tries before it was stored");
        List<TransparencyDatabase.Call> calls = tdb.callsWith(puid);
        assertEquals(List.of(500, 500, 201), calls.stream().map(TransparencyDatabase.Call::status).toList());

        JsonObject sent = tdb.stored(puid);
        assertEquals(List.of("CONTENT_TYPE_TEXT", "CONTENT_TYPE_IMAGE"), strings(sent.getJsonArray("content_type")));
        assertEquals(today, sent.getString("content_date"));
        assertTrue(strings(sent.getJsonArray("territorial_scope")).containsAll(List.of("FR", "DE", "NO")));
        assertEquals("STATEMENT_CATEGORY_CONSUMER_INFORMATION", sent.getString("category"));
        assertEquals(List.of("KEYWORD_HIDDEN_ADVERTISEMENT"), strings(sent.getJsonArray("category_specification")));
        assertEquals("No", sent.getString("incompatible_content_illegal"));
        assertEquals("SOURCE_ARTICLE_16", sent.getString("source_type"));
        assertEquals("ACCOUNT_TYPE_PRIVATE", sent.getString("account_type"));

        User newYorker = api.registerFrom(NEW_YORK, "tdbny");
        long usNote = api.publishNote(newYorker, "Brooklyn brunch", "Pancakes and more pancakes, what a morning");
        assertEquals(201, api.post("/notices", null, notice("NOTE", usNote, "SPAM")).status());
        long usStatement = remove(mod, "NOTE", usNote);
        JsonObject us = api.get("/admin/tdb/" + usStatement, api.adminToken()).obj();
        assertEquals("NOT_REQUIRED", us.getString("state"));
        assertTrue(tdb.callsWith(us.getString("puid")).isEmpty(), "nothing is sent for a person outside the EU");
    }

    @Test
    void aFakeAccountTerminationCarriesItsKeywordAndARefusalWaitsForStaff() {
        User mod = Moderators.appoint(api, api.adminToken(), "tdbmod2", "\"en\"");
        User fake = api.registerFrom(PARIS, "tdbfake");
        api.publishNote(fake, "Official brand store", "Follow us for official deals and giveaways every day");
        assertEquals(201, api.post("/notices", null, notice("ACCOUNT", fake.id(), "FAKE_ACCOUNT")).status());
        JsonObject c = Moderators.caseFor(api, mod, "en", "ACCOUNT", fake.id());
        assertNotNull(c, "the report is in the queue");
        long caseId = c.getJsonNumber("id").longValue();
        JsonObject decided = Moderators.claimAndDecide(api, mod, caseId, "\"decision\":\"TERMINATE\","
                + "\"facts\":\"The account pretends to be a brand it is not\",\"policyClause\":\"Community Guidelines §2 Authenticity\"");
        long statementId = decided.getJsonNumber("statementId").longValue();
        String admin = api.adminToken();
        String puid = api.get("/admin/tdb/" + statementId, admin).obj().getString("puid");
        JsonObject sent = within(() -> tdb.stored(puid));
        assertEquals("DECISION_ACCOUNT_TERMINATED", sent.getString("decision_account"));
        assertEquals("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", sent.getString("category"));
        assertEquals(List.of("KEYWORD_INAUTHENTIC_ACCOUNTS"), strings(sent.getJsonArray("category_specification")));
    }

    @Test
    void aStatementTheValidatorRefusesIsShownToStaffAndGoesThroughOnRetry() {
        User mod = Moderators.appoint(api, api.adminToken(), "tdbmod3", "\"en\"");
        User writer = api.registerFrom(PARIS, "tdbrefused");
        long noteId = api.publishNote(writer, "Cheap watches", "Best replica watches, message me for prices today");
        assertEquals(201, api.post("/notices", null, notice("NOTE", noteId, "INTELLECTUAL_PROPERTY")).status());
        String admin = api.adminToken();
        // Two server errors hold the sender back (1 s, then 2 s) while the refusal is armed below.
        tdb.failNext(503, 503);
        long statementId = remove(mod, "NOTE", noteId);
        String puid = api.get("/admin/tdb/" + statementId, admin).obj().getString("puid");
        tdb.refuseOnce(puid, "decision_facts", "The decision facts field must not be greater than 5000 characters.");

        JsonObject refused = within(() -> {
            JsonObject s = api.get("/admin/tdb/" + statementId, admin).obj();
            return s.getString("state").equals("FAILED") ? s : null;
        });
        assertTrue(refused.getString("error").contains("decision_facts: The decision facts field must not be greater"),
                refused.toString());
        JsonObject dashboard = api.get("/admin/tdb", admin).obj();
        assertTrue(dashboard.getJsonArray("refused").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getJsonNumber("statementId").longValue() == statementId), dashboard.toString());
        assertNull(tdb.stored(puid), "the database stored nothing");

        User someone = api.register("tdbnotadmin");
        assertEquals(403, api.post("/admin/tdb/" + statementId + "/retry", someone.token(), "{}").status());
        assertEquals(200, api.post("/admin/tdb/" + statementId + "/retry", admin, "{}").status());
        within(() -> submitted(statementId));
        assertNotNull(tdb.stored(puid));
        Res again = api.post("/admin/tdb/" + statementId + "/retry", admin, "{}");
        assertEquals(409, again.status(), "only refused statements are retried");
    }

    private long remove(User mod, String kind, long id) {
        JsonObject c = Moderators.caseFor(api, mod, "en", kind, id);
        assertNotNull(c, "the notice opened a case");
        JsonObject decided = Moderators.claimAndDecide(api, mod, c.getJsonNumber("id").longValue(), "\"decision\":\"REMOVE\","
                + "\"facts\":\"Promotes products without saying it is paid\",\"policyClause\":\"Community Guidelines §5 Honest posts\"");
        return decided.getJsonNumber("statementId").longValue();
    }

    /** Waits up to a minute for the server's background work; fails with what was last seen otherwise. */
    private static <T> T within(Supplier<T> read) {
        T value = Eventually.await(Duration.ofSeconds(60), read, Objects::nonNull);
        assertNotNull(value, "not done within a minute");
        return value;
    }

    private JsonObject submitted(long statementId) {
        JsonObject s = api.get("/admin/tdb/" + statementId, api.adminToken()).obj();
        return s.getString("state").equals("SUBMITTED") ? s : null;
    }

    private static String notice(String kind, long id, String category) {
        return "{\"subjectKind\":\"" + kind + "\",\"subjectId\":" + id + ",\"category\":\"" + category + "\","
                + "\"explanation\":\"This breaks the rules, please have a look.\",\"goodFaith\":true,"
                + "\"name\":\"Ana Reader\",\"email\":\"ana@example.org\"}";
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
