package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Notices from anyone (receipts, what the law asks of notifiers), trusted flaggers first, the
 * notifier's appeal against "no action", warnings for unfounded notices, and the transparency report.
 */
@WholeApp
class NoticesIT {
    ApiClient api;
    URL url;

    private static String notice(String kind, long id, String category, String extra) {
        return "{\"subjectKind\":\"" + kind + "\",\"subjectId\":" + id + ",\"category\":\"" + category + "\","
                + "\"explanation\":\"This breaks the rules, please have a look.\",\"goodFaith\":true" + extra + "}";
    }

    @Test
    void anyoneCanReportAndFollowTheOutcomeWithTheirReceipt() {
        User author = api.register("reported");
        long noteId = api.publishNote(author, "Miracle cream", "Cures everything, guaranteed");

        Res incomplete = api.post("/notices", null, notice("NOTE", noteId, "SCAMS_AND_FRAUD", ""));
        assertEquals(422, incomplete.status());
        Set<String> fields = incomplete.obj().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("name", "email"), fields, "an anonymous notice names its sender, except for child safety");
        assertEquals("goodFaith", api.post("/notices", null, "{\"subjectKind\":\"NOTE\",\"subjectId\":" + noteId
                + ",\"category\":\"CHILD_SAFETY\",\"explanation\":\"Something about a child here.\"}").problemField());
        assertEquals(201, api.post("/notices", null, notice("NOTE", noteId, "CHILD_SAFETY", "")).status(),
                "child-safety notices may be anonymous");
        assertEquals(404, api.post("/notices", null, notice("NOTE", 987654321, "SPAM", ",\"name\":\"A\",\"email\":\"a@example.org\"")).status());

        Res receipt = api.post("/notices", null, notice("NOTE", noteId, "SCAMS_AND_FRAUD",
                ",\"name\":\"Ana Reader\",\"email\":\"ana@example.org\",\"url\":\"https://example.org/why\""));
        assertEquals(201, receipt.status(), receipt.toString());
        long id = receipt.obj().getJsonNumber("id").longValue();
        String token = receipt.obj().getString("token");
        assertEquals("PENDING", api.post("/notices/" + id + "/status", null, "{\"token\":\"" + token + "\"}").obj().getString("outcome"));
        assertEquals(404, api.post("/notices/" + id + "/status", null, "{\"token\":\"wrong\"}").status());
        assertEquals(404, api.get("/notices/" + id + "?token=" + token, null).status(),
                "a token in the URL is not read: receipts travel in a body, never in logs or proxies");

        User mod = Moderators.appoint(api, api.adminToken(), "modnotice", null);
        JsonObject c = Moderators.caseFor(api, mod, "en", "NOTE", noteId);
        assertNotNull(c, "the notices opened one case");
        assertEquals(2, c.getJsonArray("notices").size());
        Moderators.claimAndDecide(api, mod, c.getJsonNumber("id").longValue(), "\"decision\":\"REMOVE\","
                + "\"facts\":\"Health claims that the product cures illness\",\"policyClause\":\"Commerce Policy §5 Health claims\"");
        JsonObject status = api.post("/notices/" + id + "/status", null, "{\"token\":\"" + token + "\"}").obj();
        assertEquals("ACTION_TAKEN", status.getString("outcome"));
    }

    @Test
    void trustedFlaggersComeFirstAndNotifiersMayAppealNoAction() {
        String admin = api.adminToken();
        User mod = Moderators.appoint(api, admin, "modtrust", "\"en\"");
        User other = Moderators.appoint(api, admin, "modtrust2", "\"en\"");
        User author = api.register("fine");
        long ordinary = api.publishNote(author, "Weekend hike", "Lovely walk by the lake");
        long flagged = api.publishNote(author, "City walk", "Lovely walk through town");
        User reader = api.register("reader");
        User ngo = api.register("ngo");
        assertEquals(200, api.put("/admin/trusted-flaggers/" + ngo.id(), admin, "{\"name\":\"Safer Internet Org\"}").status());

        assertEquals(201, api.post("/notices", reader.token(), notice("NOTE", ordinary, "SPAM", "")).status());
        assertEquals(201, api.post("/notices", ngo.token(), notice("NOTE", flagged, "SPAM", "")).status());
        JsonObject first = api.get("/moderation/queue?language=en", mod.token()).json().asJsonArray().getJsonObject(0);
        assertEquals(flagged, first.getJsonNumber("subjectId").longValue(), "the trusted flagger's notice is at the top");
        assertEquals("TRUSTED_FLAGGER", first.getString("source"));

        long caseId = Moderators.caseFor(api, mod, "en", "NOTE", ordinary).getJsonNumber("id").longValue();
        Moderators.claimAndDecide(api, mod, caseId, "\"decision\":\"NO_ACTION\"");
        Res appeal = api.post("/appeals", reader.token(), "{\"caseId\":" + caseId + ",\"reason\":\"It is an advert in disguise, look again.\"}");
        assertEquals(201, appeal.status(), "a notifier may appeal 'no action': " + appeal);
        assertEquals("NOTIFIER", appeal.obj().getString("role"));
        JsonObject open = api.get("/moderation/appeals?language=en", other.token()).json().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(a -> a.getJsonNumber("caseId").longValue() == caseId).findFirst().orElseThrow();
        Res reopened = api.post("/moderation/appeals/" + open.getJsonNumber("id").longValue() + "/decision", other.token(),
                "{\"outcome\":\"REVERSED\",\"note\":\"Worth a second look by the team.\",\"version\":" + open.getJsonNumber("version") + "}");
        assertEquals(200, reopened.status(), reopened.toString());
        assertNotNull(Moderators.caseFor(api, other, "en", "NOTE", ordinary), "the case is back in the queue");
    }

    @Test
    void unfoundedNoticesEarnAWarningAndTheReportCountsIt() {
        User mod = Moderators.appoint(api, api.adminToken(), "modunf", "\"en\"");
        User author = api.register("innocent");
        User grumpy = api.register("grumpy");
        for (int i = 0; i < 5; i++) {
            long noteId = api.publishNote(author, "Garden day " + i, "Planted tomatoes today " + i);
            assertEquals(201, api.post("/notices", grumpy.token(), notice("NOTE", noteId, "OTHER", "")).status());
            long caseId = Moderators.caseFor(api, mod, "en", "NOTE", noteId).getJsonNumber("id").longValue();
            Moderators.claimAndDecide(api, mod, caseId, "\"decision\":\"NO_ACTION\"");
        }
        long next = api.publishNote(author, "Garden day 6", "More tomatoes");
        Res warned = api.post("/notices", grumpy.token(), notice("NOTE", next, "OTHER", ""));
        assertEquals(201, warned.status());
        assertTrue(warned.obj().getString("warning").contains("needed no action"), warned.toString());

        JsonObject report = api.get("/transparency", null).obj();
        assertTrue(report.getJsonNumber("notices").longValue() >= 6, report.toString());
        assertTrue(report.getJsonObject("actionsByType").getJsonNumber("NO_ACTION").longValue() >= 5);
        assertTrue(report.getJsonObject("noticesByCategory").containsKey("OTHER"));
        assertFalse(report.isNull("medianHandlingHours"));
        assertEquals(422, api.get("/transparency?from=2026-13-01", null).status());
    }
}
