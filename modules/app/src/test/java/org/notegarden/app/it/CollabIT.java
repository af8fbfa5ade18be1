package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Brand–creator collaborations and honest labels through the REST API: a merchant invites a
 * creator with its own products, the creator accepts, the note made for it is labelled sponsored
 * with the brand named and keeps that label through edits, and both see how it performs.
 * Labels a creator declared themselves remain theirs to change. The content assistant's
 * suggestions, once used in a note, label it AI-assisted for good.
 */
@WholeApp
class CollabIT {
    ApiClient api;

    @Test
    void aCollaborationsNotesAreLabelledSponsoredForGood() {
        String admin = api.adminToken();
        User merchant = api.register("brand");
        api.approvedShop(admin, merchant, "Glow Lab", "CNY");
        long productId = api.post("/products", merchant.token(), "{\"titleEn\":\"Serum\",\"category\":\"beauty\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"S\",\"options\":{},\"price\":9900,\"stock\":5}]}").obj().getJsonNumber("id").longValue();
        User creator = api.register("creator");
        User other = api.register("other");

        // Only merchants invite, only with their own products, only existing people.
        String invite = "{\"creatorHandle\":\"" + creator.handle() + "\",\"brief\":\"Show your night routine\","
                + "\"compensation\":\"Serum + ¥800\",\"productIds\":[" + productId + "]}";
        assertEquals(403, api.post("/collabs", other.token(), invite).status());
        Res foreign = api.post("/collabs", merchant.token(), invite.replace("[" + productId + "]", "[999999]"));
        assertEquals(422, foreign.status());
        assertEquals("productIds[0]", foreign.problemField());
        assertEquals("creatorHandle", api.post("/collabs", merchant.token(), invite.replace(creator.handle(), "nobody_here"))
                .problemField());

        Res invited = api.post("/collabs", merchant.token(), invite);
        assertEquals(201, invited.status(), invited.toString());
        long collabId = invited.obj().getJsonNumber("id").longValue();
        assertEquals("Glow Lab", invited.obj().getString("brandName"));
        assertEquals("INVITED", api.get("/collabs", creator.token()).json().asJsonArray().getJsonObject(0).getString("state"));
        assertEquals(403, api.post("/collabs/" + collabId + "/accept", merchant.token(), null).status(), "the brand cannot accept");
        assertEquals(404, api.post("/collabs/" + collabId + "/accept", other.token(), null).status());

        // Not before accepting, and never by someone else.
        long photo = api.upload(creator, TestImages.png(320, 240), "image/png");
        assertEquals("collabId", api.post("/notes", creator.token(), note("Too soon", photo, collabId, null, false)).problemField());
        assertEquals("ACCEPTED", api.post("/collabs/" + collabId + "/accept", creator.token(), null).obj().getString("state"));
        assertEquals(409, api.post("/collabs/" + collabId + "/decline", creator.token(), null).status(), "decided once");
        long otherPhoto = api.upload(other, TestImages.png(320, 240), "image/png");
        assertEquals(422, api.post("/notes", other.token(), note("Not mine", otherPhoto, collabId, null, false)).status());

        Res sponsored = api.post("/notes", creator.token(), note("My night routine 晚间护肤", photo, collabId, null, false));
        assertEquals(201, sponsored.status(), sponsored.toString());
        long noteId = sponsored.obj().getJsonNumber("id").longValue();
        assertEquals("Glow Lab", sponsored.obj().getString("sponsoredBy"));
        assertTrue(sponsored.obj().getBoolean("sponsorByPlatform"));
        JsonObject card = api.get("/users/" + creator.handle() + "/notes", null).obj().getJsonArray("items").getJsonObject(0);
        assertEquals("Glow Lab", card.getString("sponsoredBy"), "the label shows on cards too");

        // The author cannot drop or rename the platform's label.
        JsonObject edited = api.put("/notes/" + noteId, creator.token(), note("My night routine 晚间护肤", photo, null, "Someone Else", true))
                .obj();
        assertEquals("Glow Lab", edited.getString("sponsoredBy"));
        assertTrue(edited.getBoolean("aiGenerated"));

        // A creator's own declarations are theirs to change.
        long photo2 = api.upload(creator, TestImages.png(320, 240), "image/png");
        JsonObject declared = api.post("/notes", creator.token(), note("Haul", photo2, null, "Acme", false)).obj();
        assertEquals("Acme", declared.getString("sponsoredBy"));
        assertFalse(declared.getBoolean("sponsorByPlatform"));
        JsonObject undeclared = api.put("/notes/" + declared.getJsonNumber("id").longValue(), creator.token(),
                note("Haul", photo2, null, null, false)).obj();
        assertTrue(!undeclared.containsKey("sponsoredBy") || undeclared.isNull("sponsoredBy"), "the creator removed their own label");
        assertEquals("sponsoredBy", api.post("/notes", creator.token(), note("x", photo2, null, "B".repeat(61), false)).problemField());

        // Both sides see the collaboration's notes; others do not.
        JsonObject performance = api.get("/collabs/" + collabId + "/insights", merchant.token()).obj();
        assertEquals(1, performance.getJsonArray("notes").size());
        assertEquals(noteId, performance.getJsonArray("notes").getJsonObject(0).getJsonNumber("noteId").longValue());
        assertEquals(200, api.get("/collabs/" + collabId + "/insights", creator.token()).status());
        assertEquals(404, api.get("/collabs/" + collabId + "/insights", other.token()).status());
    }

    @Test
    void whatTheAssistantSuggestsIsLabelledAiAssistedForGood() {
        User creator = api.register("writer");
        api.publishNote(creator, "Best latte in town", "#latte #coffee");
        Res suggested = api.post("/assistant/suggestions", creator.token(),
                "{\"title\":\"Oat latte\",\"body\":\"Trying #latte at home\",\"language\":\"en\"}");
        assertEquals(200, suggested.status(), suggested.toString());
        assertEquals("offline", suggested.obj().getString("provider"));
        assertTrue(suggested.obj().getJsonArray("topics").toString().contains("latte"), suggested.toString());
        String title = suggested.obj().getJsonArray("titles").getString(0);
        assertEquals(401, api.post("/assistant/suggestions", null, "{\"title\":\"x\",\"language\":\"en\"}").status());
        assertEquals("language", api.post("/assistant/suggestions", creator.token(), "{\"title\":\"x\",\"language\":\"fr\"}")
                .problemField());
        Res adapted = api.post("/assistant/adaptations", creator.token(),
                "{\"title\":\"咖啡\",\"body\":\"咖啡和茶\",\"language\":\"en\"}");
        assertEquals(200, adapted.status(), adapted.toString());
        assertEquals("coffee", adapted.obj().getString("title"), "through the embedded CC-CEDICT translator");
        assertTrue(adapted.obj().getBoolean("wordLevel"), "and said to be word-level");

        long photo = api.upload(creator, TestImages.png(320, 240), "image/png");
        JsonObject assisted = api.post("/notes", creator.token(), note(title.toUpperCase(), photo, null, null, false)).obj();
        assertTrue(assisted.getBoolean("aiAssisted"), "a suggested title, even re-cased, labels the note");
        assertEquals("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
                assisted.getString("textDigitalSourceType"), "in words machines read");
        JsonObject edited = api.put("/notes/" + assisted.getJsonNumber("id").longValue(), creator.token(),
                note("My own words", photo, null, null, false)).obj();
        assertTrue(edited.getBoolean("aiAssisted"), "and the label stays");
        long photo2 = api.upload(creator, TestImages.png(320, 240), "image/png");
        assertFalse(api.post("/notes", creator.token(), note("Nothing suggested", photo2, null, null, false)).obj()
                .getBoolean("aiAssisted"));
    }

    private static String note(String title, long mediaId, Long collabId, String sponsoredBy, boolean ai) {
        var b = Json.createObjectBuilder().add("title", title).add("body", "#skincare").add("publish", true)
                .add("mediaIds", Json.createArrayBuilder().add(mediaId)).add("aiGenerated", ai);
        if (collabId != null) {
            b.add("collabId", collabId);
        }
        if (sponsoredBy != null) {
            b.add("sponsoredBy", sponsoredBy);
        }
        return b.build().toString();
    }
}
