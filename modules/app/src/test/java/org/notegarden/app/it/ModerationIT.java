package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Screening, the review queue by language, decisions with optimistic locking, statements of
 * reasons (and their DSA export), appeals decided by someone else, strikes, and velocity.
 */
@WholeApp
class ModerationIT {
    ApiClient api;

    private static long post(ApiClient api, User u, String title, String body) {
        long media = api.upload(u, TestImages.png(320, 240), "image/png");
        Res r = api.post("/notes", u.token(), Json.createObjectBuilder().add("title", title).add("body", body)
                .add("mediaIds", Json.createArrayBuilder().add(media)).add("publish", true).build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.obj().getJsonNumber("id").longValue();
    }

    @Test
    void screeningHoldsRefusesAndRoutesByLanguage() {
        String admin = api.adminToken();
        User en = Moderators.appoint(api, admin, "moden", "\"en\"");
        User writer = api.register("writer");

        long english = post(api, writer, "My honest review", "This serum is fucking great, honestly the best I have tried.");
        assertEquals("HELD", api.get("/notes/" + english, writer.token()).obj().getString("state"), "the author sees it, held");
        assertEquals(404, api.get("/notes/" + english, null).status(), "nobody else does");
        long chinese = post(api, writer, "今天的穿搭", "这家店的老板真是他妈的小气，大家别去了");
        long lotion = post(api, writer, "保湿乳液测评", "这款乳液很清爽，适合夏天用，乳霜也不错");
        assertEquals("PUBLISHED", api.get("/notes/" + lotion, null).obj().getString("state"), "乳液 is on the allow list");

        assertNotNull(Moderators.caseFor(api, en, "en", "NOTE", english), "English content in the English queue");
        assertNull(Moderators.caseFor(api, en, "zh", "NOTE", english));
        assertNotNull(Moderators.caseFor(api, en, "zh", "NOTE", chinese), "Chinese content in the Chinese queue");
        assertNull(Moderators.caseFor(api, en, "en", "NOTE", chinese));
        assertEquals(0, api.get("/moderation/queue", en.token()).json().asJsonArray().stream()
                .filter(c -> c.asJsonObject().getString("language").equals("zh")).count(), "default queue = the moderator's languages");
        assertEquals(403, api.get("/moderation/queue", writer.token()).status());

        Res refused = api.post("/notes", writer.token(), "{\"title\":\"Growth hack\",\"body\":\"buy followers here\",\"publish\":true,"
                + "\"mediaIds\":[" + api.upload(writer, TestImages.png(64, 64), "image/png") + "]}");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("body", refused.problemField());

        // A held comment is seen by its author only.
        long open = post(api, writer, "Open thread", "Say hi #hello");
        User commenter = api.register("cmt");
        Res held = api.post("/notes/" + open + "/comments", commenter.token(), "{\"body\":\"what the fuck is this\"}");
        assertEquals(201, held.status(), held.toString());
        assertEquals(0, api.get("/notes/" + open + "/comments", null).obj().getJsonArray("items").size());
        assertEquals(1, api.get("/notes/" + open + "/comments", commenter.token()).obj().getJsonArray("items").size());
        assertEquals(0, api.get("/notes/" + open, null).obj().getInt("commentCount"), "a held comment is not counted");

        // Let through by a moderator, it is shown and counted like any other.
        User mod = Moderators.appoint(api, api.adminToken(), "modcmt", null);
        JsonObject c = Moderators.caseFor(api, mod, "en", "COMMENT", held.obj().getJsonNumber("id").longValue());
        assertNotNull(c, "the held comment waits for a moderator");
        long caseId = c.getJsonNumber("id").longValue();
        assertEquals(200, api.post("/moderation/cases/" + caseId + "/claim", mod.token(),
                "{\"version\":" + c.getJsonNumber("version").longValue() + "}").status());
        long current = api.get("/moderation/cases/" + caseId, mod.token()).obj().getJsonNumber("version").longValue();
        Res released = api.post("/moderation/cases/" + caseId + "/decision", mod.token(),
                "{\"version\":" + current + ",\"decision\":\"NO_ACTION\"}");
        assertEquals(200, released.status(), released.toString());
        assertEquals(1, api.get("/notes/" + open + "/comments", null).obj().getJsonArray("items").size());
        assertEquals(1, api.get("/notes/" + open, null).obj().getInt("commentCount"), "the released comment counts (it stayed 0)");
        JsonObject told = notification(api, writer, "COMMENT");
        assertNotNull(told, "the note's author hears of the comment once it is let through");
        assertEquals(held.obj().getJsonNumber("id").longValue(), told.getJsonNumber("commentId").longValue());
    }

    /** A held comment was never counted, so its author deleting it must not take one off the note's count. */
    @Test
    void aHeldCommentDeletedByItsAuthorLeavesTheCountAlone() {
        User writer = api.register("cntw");
        long open = post(api, writer, "Counted thread", "Say hi #hello");
        User friendly = api.register("cntf");
        assertEquals(201, api.post("/notes/" + open + "/comments", friendly.token(), "{\"body\":\"Hello there\"}").status());
        User rude = api.register("cntr");
        Res held = api.post("/notes/" + open + "/comments", rude.token(), "{\"body\":\"what the fuck is this\"}");
        assertEquals(201, held.status(), held.toString());
        assertEquals(1, api.get("/notes/" + open, null).obj().getInt("commentCount"));

        assertEquals(204, api.delete("/comments/" + held.obj().getJsonNumber("id").longValue(), rude.token()).status());

        assertEquals(1, api.get("/notes/" + open, null).obj().getInt("commentCount"), "the shown comment is still counted");
    }

    @Test
    void nearDuplicatesAcrossAccountsAreHeld() {
        String text = "Limited offer: the glow serum everyone is talking about, DM me for the best price today only";
        User first = api.register("dupa");
        User second = api.register("dupb");
        long a = post(api, first, "Glow serum", text);
        long b = post(api, second, "Glow serum!", text + "!!");
        assertEquals("PUBLISHED", api.get("/notes/" + a, first.token()).obj().getString("state"));
        assertEquals("HELD", api.get("/notes/" + b, second.token()).obj().getString("state"));
        User mod = Moderators.appoint(api, api.adminToken(), "moddup", null);
        JsonObject c = Moderators.caseFor(api, mod, "en", "NOTE", b);
        assertNotNull(c);
        assertTrue(c.getString("reasons").contains("near-duplicate"), c.toString());
    }

    @Test
    void oneDecisionPerCaseAndACompleteStatementThenAnAppealDecidedBySomeoneElse() {
        String admin = api.adminToken();
        User first = Moderators.appoint(api, admin, "modone", "\"en\"");
        User second = Moderators.appoint(api, admin, "modtwo", "\"en\"");
        User writer = api.register("rude");
        long noteId = post(api, writer, "Rant", "You are all idiots and this shit brand is garbage");
        JsonObject c = Moderators.caseFor(api, first, "en", "NOTE", noteId);
        long caseId = c.getJsonNumber("id").longValue();
        long version = c.getJsonNumber("version").longValue();

        assertEquals(200, api.post("/moderation/cases/" + caseId + "/claim", first.token(), "{\"version\":" + version + "}").status());
        assertEquals(409, api.post("/moderation/cases/" + caseId + "/claim", second.token(), "{}").status(), "claimed by the first");
        Res stale = api.post("/moderation/cases/" + caseId + "/decision", first.token(), "{\"version\":" + version + ",\"decision\":\"REMOVE\","
                + "\"facts\":\"Insults other users\",\"policyClause\":\"Community Guidelines §2 Respect\"}");
        assertEquals(409, stale.status(), "the claim moved the version on: " + stale);
        long current = api.get("/moderation/cases/" + caseId, first.token()).obj().getJsonNumber("version").longValue();
        Res incomplete = api.post("/moderation/cases/" + caseId + "/decision", first.token(), "{\"version\":" + current + ",\"decision\":\"REMOVE\"}");
        assertEquals(422, incomplete.status());
        Res decided = api.post("/moderation/cases/" + caseId + "/decision", first.token(), "{\"version\":" + current + ",\"decision\":\"REMOVE\","
                + "\"facts\":\"The note insults other users and a brand in abusive terms.\",\"policyClause\":\"Community Guidelines §2 Respect\","
                + "\"category\":\"ILLEGAL_OR_HARMFUL_SPEECH\"}");
        assertEquals(200, decided.status(), decided.toString());
        Res twice = api.post("/moderation/cases/" + caseId + "/decision", second.token(), "{\"version\":" + (current + 1) + ",\"decision\":\"NO_ACTION\"}");
        assertEquals(409, twice.status(), "a case is decided once");
        assertEquals(404, api.get("/notes/" + noteId, null).status());
        assertEquals("REMOVED", api.get("/notes/" + noteId, writer.token()).obj().getString("state"));
        assertEquals(409, api.put("/notes/" + noteId, writer.token(), "{\"title\":\"Rant\",\"body\":\"edited\"}").status(),
                "a removed note cannot be quietly edited back");

        // The statement of reasons, complete.
        JsonObject st = api.get("/statements/mine", writer.token()).json().asJsonArray().getJsonObject(0);
        JsonObject told = notification(api, writer, "MODERATION_DECISION");
        assertNotNull(told, "the author is told of the removal");
        assertEquals("REMOVE", told.getString("detail"));
        assertEquals("NOTE:" + noteId, told.getString("subject"));
        assertEquals(noteId, told.getJsonNumber("noteId").longValue());
        assertEquals(st.getJsonNumber("id").longValue(), told.getJsonNumber("statementId").longValue(), "pointing at its statement");
        assertTrue(!told.containsKey("actor") || told.isNull("actor"), "the platform decided, not a person");
        assertEquals("REMOVE", st.getString("decision"));
        assertEquals("NOTE", st.getString("subjectKind"));
        assertTrue(st.getString("whatWasDone").contains("removed"));
        assertTrue(st.getString("facts").contains("insults"));
        assertEquals("Community Guidelines §2 Respect", st.getString("policyClause"));
        assertTrue(st.getBoolean("automatedDetection"), "found by screening");
        assertFalse(st.getBoolean("automatedDecision"), "decided by a person");
        assertTrue(st.getBoolean("canAppeal"));
        assertTrue(Instant.parse(st.getString("appealUntil")).isAfter(Instant.now().plus(Duration.ofDays(179))), "at least six months");
        long statementId = st.getJsonNumber("id").longValue();
        assertEquals(404, api.get("/statements/" + statementId, api.register("nosy").token()).status());

        JsonObject dsa = api.get("/statements/" + statementId + "/dsa", writer.token()).obj();
        assertEquals("DECISION_VISIBILITY_CONTENT_REMOVED", dsa.getJsonArray("decision_visibility").getString(0));
        assertEquals("DECISION_GROUND_INCOMPATIBLE_CONTENT", dsa.getString("decision_ground"));
        assertEquals("STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", dsa.getString("category"));
        assertEquals("Yes", dsa.getString("automated_detection"));
        assertEquals("AUTOMATED_DECISION_NOT_AUTOMATED", dsa.getString("automated_decision"));
        assertTrue(dsa.getString("puid").startsWith("ng-sor-"));
        assertFalse(dsa.toString().contains(writer.handle()), "no personal data");

        // Appeal: the first moderator may not decide it; the second reverses it and the note is back.
        Res appeal = api.post("/appeals", writer.token(), "{\"caseId\":" + caseId + ",\"reason\":\"It was a joke among friends, please look again.\"}");
        assertEquals(201, appeal.status(), appeal.toString());
        assertEquals(409, api.post("/appeals", writer.token(), "{\"caseId\":" + caseId + ",\"reason\":\"Second try at the same thing\"}").status());
        assertEquals(403, api.post("/appeals", api.register("stranger").token(), "{\"caseId\":" + caseId
                + ",\"reason\":\"I want to appeal too please\"}").status());
        JsonObject open = api.get("/moderation/appeals?language=en", first.token()).json().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getJsonNumber("caseId").longValue() == caseId).findFirst().orElseThrow();
        assertTrue(open.getBoolean("youDecidedTheCase"));
        long appealId = open.getJsonNumber("id").longValue();
        long appealVersion = open.getJsonNumber("version").longValue();
        Res sameReviewer = api.post("/moderation/appeals/" + appealId + "/decision", first.token(),
                "{\"outcome\":\"UPHELD\",\"note\":\"I stand by my decision.\",\"version\":" + appealVersion + "}");
        assertEquals(403, sameReviewer.status(), sameReviewer.toString());
        Res reversed = api.post("/moderation/appeals/" + appealId + "/decision", second.token(),
                "{\"outcome\":\"REVERSED\",\"note\":\"Harsh words but no target; restoring the note.\",\"version\":" + appealVersion + "}");
        assertEquals(200, reversed.status(), reversed.toString());
        assertEquals(200, api.get("/notes/" + noteId, null).status(), "reversal restores the content");
        JsonObject after = api.get("/statements/" + statementId, writer.token()).obj();
        assertNotNull(after.getString("reversedAt"));
        assertTrue(after.getString("reversalNote").contains("restoring"));
        assertEquals("REVERSED", after.getJsonObject("appeal").getString("outcome"));
        JsonObject appealTold = notification(api, writer, "APPEAL_OUTCOME");
        assertNotNull(appealTold, "the appellant hears the outcome");
        assertEquals("REVERSED", appealTold.getString("detail"));
    }

    /** The newest notification of a kind in the person's list, or null. */
    static JsonObject notification(ApiClient api, User u, String kind) {
        return api.get("/notifications", u.token()).obj().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals(kind)).findFirst().orElse(null);
    }

    /**
     * A held reply let through is a reply like any other: its thread counts it and the person it
     * answers and the people it mentions hear of it then (nobody did while it was held). A reply
     * taken down or deleted stops counting on its thread.
     */
    @Test
    void aHeldReplyLetThroughCountsOnItsThreadAndIsAnnounced() {
        User writer = api.register("thrw");
        long open = post(api, writer, "Replied thread", "Say hi #hello");
        User friendly = api.register("thrf");
        long parent = api.post("/notes/" + open + "/comments", friendly.token(), "{\"body\":\"Hello there\"}")
                .obj().getJsonNumber("id").longValue();
        User rude = api.register("thrr");
        Res held = api.post("/notes/" + open + "/comments", rude.token(),
                "{\"body\":\"what the fuck is this @" + writer.handle() + "\",\"replyTo\":" + parent + "}");
        assertEquals(201, held.status(), held.toString());
        long reply = held.obj().getJsonNumber("id").longValue();
        assertEquals(0, replyCount(api, open, parent), "a held reply is not counted");
        assertNull(notification(api, friendly, "REPLY"), "nobody hears of a held reply");
        assertNull(notification(api, writer, "MENTION"));

        User mod = Moderators.appoint(api, api.adminToken(), "modthr", null);
        long caseId = Moderators.caseFor(api, mod, "en", "COMMENT", reply).getJsonNumber("id").longValue();
        Moderators.claimAndDecide(api, mod, caseId, "\"decision\":\"NO_ACTION\"");

        assertEquals(1, replyCount(api, open, parent), "the reply let through counts on its thread");
        assertEquals(1, api.get("/comments/" + parent + "/replies", null).obj().getJsonArray("items").size());
        assertEquals(2, api.get("/notes/" + open, null).obj().getInt("commentCount"));
        JsonObject answered = notification(api, friendly, "REPLY");
        assertNotNull(answered, "the person answered hears of the reply once it is let through");
        assertEquals(reply, answered.getJsonNumber("commentId").longValue());
        assertNotNull(notification(api, writer, "MENTION"), "and the person it mentions");

        Moderators.reportAndDecide(api, writer, mod, "COMMENT", reply, "ILLEGAL_OR_HARMFUL_SPEECH", "This reply insults people.",
                "\"decision\":\"REMOVE\",\"facts\":\"Vulgar insult.\",\"policyClause\":\"Community Guidelines §1 Respect\"");
        assertEquals(0, replyCount(api, open, parent), "a reply taken down stops counting");
        assertEquals(1, api.get("/notes/" + open, null).obj().getInt("commentCount"));

        long kind = api.post("/notes/" + open + "/comments", writer.token(), "{\"body\":\"Welcome!\",\"replyTo\":" + parent + "}")
                .obj().getJsonNumber("id").longValue();
        assertEquals(1, replyCount(api, open, parent));
        assertEquals(204, api.delete("/comments/" + kind, writer.token()).status());
        assertEquals(0, replyCount(api, open, parent), "a reply deleted by its author stops counting");
    }

    private static int replyCount(ApiClient api, long noteId, long commentId) {
        return api.get("/notes/" + noteId + "/comments", null).obj().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == commentId).findFirst().orElseThrow().getInt("replyCount");
    }

    /**
     * Look-ups moderation makes on tables that grow with every notice, appeal and strike: a new
     * notice counts its notifier's earlier unfounded ones by e-mail address (anyone may file
     * notices, so a flood of them read the whole table once per notice), moderators open the
     * queue of undecided appeals, and reversing a decision finds its strikes. Found by
     * {@code plan-audit.sh} (app README).
     */
    @Test
    void onPostgreSqlModerationFindsItsRowsByIndex() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "plans are PostgreSQL's");
        PgPlans.assertLooksUpByIndex("SELECT count(*) FROM cp_notice WHERE notifier_email = 'a@example.org' AND outcome = 'NO_ACTION' "
                + "AND outcome_at > now() - interval '30 days'", "notifier_email");
        PgPlans.assertLooksUpByIndex("SELECT id FROM cp_appeal WHERE outcome IS NULL AND language IN ('en', 'zh') "
                + "ORDER BY created_at, id LIMIT 100", "outcome"); // the undecided ones (outcome IS NULL), not every appeal ever decided
        PgPlans.assertLooksUpByIndex("SELECT id FROM cp_strike WHERE case_id = 7", "case_id");
    }

    @Test
    void thirdStrikeSuspendsAutomaticallyAndASuspendedAccountCanOnlyReadAndAppeal() {
        User mod = Moderators.appoint(api, api.adminToken(), "modstrike", "\"en\"");
        User writer = api.register("striker");
        for (int i = 0; i < 3; i++) {
            long noteId = post(api, writer, "Post " + i, "Another shit post number " + i + " from me");
            long caseId = Moderators.caseFor(api, mod, "en", "NOTE", noteId).getJsonNumber("id").longValue();
            Moderators.claimAndDecide(api, mod, caseId, "\"decision\":\"REMOVE\",\"facts\":\"Vulgar spam posted again\","
                    + "\"policyClause\":\"Community Guidelines §4 Spam\"");
        }
        // Sessions end on suspension: sign in again, which a suspended account may do.
        Res login = api.post("/auth/login", null, "{\"login\":\"" + writer.handle() + "\",\"password\":\"correct horse 1\",\"mode\":\"token\"}");
        assertEquals(200, login.status(), login.toString());
        String token = login.obj().getString("token");
        assertNotNull(login.obj().getJsonObject("account").getString("suspendedUntil"));
        Res write = api.post("/notes", token, "{\"title\":\"still here\"}");
        assertEquals(403, write.status());
        assertTrue(write.raw().body().contains("account-restricted"));
        JsonObject suspension = api.get("/statements/mine", token).json().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("decision").equals("SUSPEND")).findFirst().orElseThrow();
        assertTrue(suspension.getBoolean("automatedDecision"), "the strike rule decided, and says so");
        assertEquals(201, api.post("/appeals", token, "{\"caseId\":" + suspension.getJsonNumber("caseId").longValue()
                + ",\"reason\":\"I have read the guidelines and will follow them.\"}").status(), "appealing is still possible");
    }

    @Test
    void aHeldListingStaysOffSaleUntilAModeratorLetsItThrough() {
        String admin = api.adminToken();
        User merchant = api.register("listing");
        api.approvedShop(admin, merchant, "Bold Tea", "EUR");
        Res refused = api.post("/products", merchant.token(), "{\"titleEn\":\"Tea\",\"descriptionEn\":\"buy followers with every box\","
                + "\"category\":\"food\",\"status\":\"ACTIVE\",\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":500,\"stock\":3}]}");
        assertEquals(422, refused.status(), refused.toString());
        Res held = api.post("/products", merchant.token(), "{\"titleEn\":\"Damn good tea\",\"descriptionEn\":\"A shit-hot brew\","
                + "\"category\":\"food\",\"status\":\"ACTIVE\",\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":500,\"stock\":3}]}");
        assertEquals(201, held.status(), held.toString());
        long productId = held.obj().getJsonNumber("id").longValue();
        assertEquals("DRAFT", held.obj().getString("status"));
        assertTrue(held.obj().getBoolean("heldForReview"));
        assertEquals(404, api.get("/products/" + productId, null).status(), "not on sale while held");

        User mod = Moderators.appoint(api, admin, "modshop", null);
        long caseId = Moderators.caseFor(api, mod, "en", "PRODUCT", productId).getJsonNumber("id").longValue();
        Moderators.claimAndDecide(api, mod, caseId, "\"decision\":\"NO_ACTION\"");
        assertEquals("ACTIVE", api.get("/products/" + productId, null).obj().getString("status"), "released as the merchant asked");
        JsonObject released = notification(api, merchant, "CONTENT_RELEASED");
        assertNotNull(released, "the merchant hears the listing passed review");
        assertEquals("PRODUCT:" + productId, released.getString("subject"));
    }

    @Test
    void aHeldDisplayNameIsHiddenNextToTheAuthorsNotesAndComments() {
        User author = api.register("heldname");
        long note = post(api, author, "Morning matcha", "Whisked slowly, no sugar.");
        api.post("/notes/" + note + "/comments", author.token(), "{\"body\":\"Recipe in the next note\"}");
        User reader = api.register("heldnamereader");
        String before = api.get("/notes/" + note, reader.token()).obj().getJsonObject("author").getString("displayName");
        assertEquals(200, api.send("PATCH", "/me", author.token(), "{\"displayName\":\"Matcha Leaf\"}").status());
        assertEquals("Matcha Leaf", api.get("/notes/" + note, reader.token()).obj().getJsonObject("author").getString("displayName"),
                "a new name shows at once, not the " + before + " read a moment ago");
        Res renamed = api.send("PATCH", "/me", author.token(), "{\"displayName\":\"Fucking Great Leaf\",\"bio\":\"Shit-hot teas\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertTrue(renamed.obj().getBoolean("profileHeld"), "screening holds the new name");
        JsonObject detail = api.get("/notes/" + note, reader.token()).obj();
        assertEquals(author.handle(), detail.getJsonObject("author").getString("displayName"), "the note page shows the handle");
        JsonObject card = api.get("/users/" + author.handle() + "/notes", reader.token()).obj().getJsonArray("items").getJsonObject(0);
        assertEquals(author.handle(), card.getJsonObject("author").getString("displayName"), "the author's cards show the handle");
        JsonObject comment = api.get("/notes/" + note + "/comments", reader.token()).obj().getJsonArray("items").getJsonObject(0);
        assertEquals(author.handle(), comment.getJsonObject("author").getString("displayName"), "comments show the handle");
        assertEquals("Fucking Great Leaf", api.get("/me", author.token()).obj().getString("displayName"), "the owner sees it as written");
    }

    @Test
    void shopNamesAreScreenedHeldNamesHiddenAndShopsReportable() {
        String admin = api.adminToken();
        User applicant = api.register("shopname");
        Res refused = api.post("/shops", applicant.token(), "{\"name\":\"Buy followers here\",\"currency\":\"EUR\","
                + "\"legalName\":\"X Ltd\",\"address\":\"1 Street\",\"contactEmail\":\"x@example.org\","
                + "\"registrationNumber\":\"R1\",\"selfCertified\":true}");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("name", refused.problemField());

        User merchant = api.register("shoprename");
        long shopId = api.approvedShop(admin, merchant, "Calm Leaf", "EUR");
        long productId = api.post("/products", merchant.token(), "{\"titleEn\":\"Green tea\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"A\",\"options\":{},\"price\":500,\"stock\":3}]}").obj().getJsonNumber("id").longValue();
        Res renamed = api.put("/shops/mine", merchant.token(), "{\"name\":\"Damn Fine Leaf\",\"description\":\"Shit-hot teas\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertTrue(renamed.obj().getBoolean("profileHeld"), "the owner sees the text is held");
        assertEquals("Damn Fine Leaf", renamed.obj().getString("name"), "and sees it as written");
        JsonObject seen = api.get("/shops/" + shopId, null).obj();
        assertEquals("Shop " + shopId, seen.getString("name"), "others see a neutral name while it is held");
        assertEquals("", seen.getString("description"));
        assertEquals("Shop " + shopId, api.get("/products/" + productId, null).obj().getJsonObject("shop").getString("name"));

        User mod = Moderators.appoint(api, admin, "modshopname", null);
        long caseId = Moderators.caseFor(api, mod, "en", "SHOP", shopId).getJsonNumber("id").longValue();
        Moderators.claimAndDecide(api, mod, caseId, "\"decision\":\"NO_ACTION\"");
        assertEquals("Damn Fine Leaf", api.get("/shops/" + shopId, null).obj().getString("name"), "released after review");

        // Anyone can report a shop; the notice opens a case about it.
        User reader = api.register("shopreport");
        Res notice = api.post("/notices", reader.token(), "{\"subjectKind\":\"SHOP\",\"subjectId\":" + shopId
                + ",\"category\":\"SCAMS_AND_FRAUD\",\"explanation\":\"This shop never ships what it sells.\",\"goodFaith\":true}");
        assertEquals(201, notice.status(), notice.toString());
        JsonObject reported = Moderators.caseFor(api, mod, "en", "SHOP", shopId);
        assertNotNull(reported, "a case about the shop");
        assertTrue(reported.toString().contains("Damn Fine Leaf"), "moderators see the shop's text: " + reported);
        Moderators.claimAndDecide(api, mod, reported.getJsonNumber("id").longValue(), "\"decision\":\"REMOVE\","
                + "\"facts\":\"The shop name and description use vulgar words.\",\"policyClause\":\"Commerce Policy §2 Shop names\"");
        assertEquals("Shop " + shopId, api.get("/shops/" + shopId, null).obj().getString("name"), "a removed name stays hidden");
        JsonObject outcome = notification(api, reader, "REPORT_OUTCOME");
        assertNotNull(outcome, "the signed-in notifier hears the outcome");
        assertEquals("ACTION_TAKEN", outcome.getString("detail"));
        assertEquals("SHOP:" + shopId, outcome.getString("subject"));
        assertEquals("REMOVE", notification(api, merchant, "MODERATION_DECISION").getString("detail"));
    }

    @Test
    void newAccountsArePaced() {
        User fresh = api.register("pace");
        int created = 0;
        Res last = null;
        for (int i = 0; i < 21; i++) {
            last = api.post("/notes", fresh.token(), "{\"title\":\"Draft " + i + "\"}");
            if (last.status() == 201) {
                created++;
            }
        }
        assertEquals(20, created, "the IT runs allow 20 posts an hour for new accounts");
        assertEquals(429, last.status());
        assertNotNull(last.header("Retry-After"));
    }
}
