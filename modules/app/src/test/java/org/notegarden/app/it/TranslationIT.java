package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * "Translate" on notes and comments with the embedded CC-CEDICT provider: labelled word-level,
 * cached per version (an edit is translated anew), the author's own translation first, only what
 * the reader may see, and bad requests answered 422 naming the parameter.
 */
@WholeApp
class TranslationIT {
    ApiClient api;

    @Test
    void notesAndCommentsTranslateAndTheAuthorsOwnTranslationComesFirst() {
        User author = api.register("translator");
        long noteId = api.publishNote(author, "咖啡店推荐", "这家咖啡很好喝");

        JsonObject en = api.get("/translate/note/" + noteId + "?to=en", null).obj();
        assertTrue(en.getString("body").toLowerCase().contains("coffee"), en.toString());
        assertTrue(en.getBoolean("wordLevel"), "the offline translator says it is word by word");
        assertEquals("cc-cedict", en.getString("provider"));
        assertFalse(en.getBoolean("byAuthor"));
        assertEquals("zh", en.getString("from"));
        assertEquals(en, api.get("/translate/note/" + noteId + "?to=en-US", null).obj(), "cached, and en-US means en");

        assertEquals("to", api.get("/translate/note/" + noteId + "?to=zh", null).problemField(), "already Chinese");
        assertEquals("to", api.get("/translate/note/" + noteId + "?to=fr", null).problemField());
        assertEquals(404, api.get("/translate/note/987654321?to=en", null).status());

        // An edit is a new version: translated anew.
        long mediaId = api.get("/notes/" + noteId, author.token()).obj().getJsonArray("media").getJsonObject(0).getJsonNumber("id").longValue();
        Res edited = api.put("/notes/" + noteId, author.token(), "{\"title\":\"咖啡店推荐\",\"body\":\"这家的茶很好喝\",\"publish\":true,"
                + "\"mediaIds\":[" + mediaId + "]}");
        assertEquals(200, edited.status(), edited.toString());
        assertTrue(api.get("/translate/note/" + noteId + "?to=en", null).obj().getString("body").toLowerCase().contains("tea"));

        // The author's own translation takes precedence and says whose it is.
        User stranger = api.register("notauthor");
        assertEquals(403, api.put("/translate/note/" + noteId + "/own/en", stranger.token(), "{\"title\":\"Mine\",\"body\":\"Not yours\"}").status());
        assertEquals("body", api.put("/translate/note/" + noteId + "/own/en", author.token(), "{\"title\":\"Tea\",\"body\":\"buy followers\"}")
                .problemField(), "screened like the note");
        assertEquals("title", api.put("/translate/note/" + noteId + "/own/en", author.token(), "{\"title\":\"" + "x".repeat(51) + "\"}")
                .problemField());
        Res own = api.put("/translate/note/" + noteId + "/own/en", author.token(), "{\"title\":\"Café tips\",\"body\":\"Their tea is lovely.\"}");
        assertEquals(200, own.status(), own.toString());
        JsonObject byAuthor = api.get("/translate/note/" + noteId + "?to=en", null).obj();
        assertTrue(byAuthor.getBoolean("byAuthor"));
        assertEquals("Their tea is lovely.", byAuthor.getString("body"));
        assertEquals(204, api.delete("/translate/note/" + noteId + "/own/en", author.token()).status());
        assertFalse(api.get("/translate/note/" + noteId + "?to=en", null).obj().getBoolean("byAuthor"), "machine again");

        // Comments, the other way round.
        Res comment = api.post("/notes/" + noteId + "/comments", stranger.token(), "{\"body\":\"I love coffee\"}");
        assertEquals(201, comment.status(), comment.toString());
        long commentId = comment.obj().getJsonNumber("id").longValue();
        assertTrue(api.get("/translate/comment/" + commentId + "?to=zh", null).obj().getString("body").contains("咖啡"));

        // Only what the reader may see.
        Res draft = api.post("/notes", author.token(), "{\"title\":\"草稿\",\"body\":\"还没写完\"}");
        long draftId = draft.obj().getJsonNumber("id").longValue();
        assertEquals(404, api.get("/translate/note/" + draftId + "?to=en", stranger.token()).status());
        assertEquals(200, api.get("/translate/note/" + draftId + "?to=en", author.token()).status(), "the author may");
    }

    @Test
    void listingsWrittenInOneLanguageTranslateAndTheMerchantsOwnWordsComeFirst() {
        String admin = api.adminToken();
        User merchant = api.register("teashop");
        api.approvedShop(admin, merchant, "Leaf " + merchant.handle(), "CNY");
        Res created = api.post("/products", merchant.token(), "{\"titleEn\":\"Green tea\",\"descriptionEn\":\"Fresh tea from Hangzhou\","
                + "\"category\":\"food\",\"status\":\"ACTIVE\",\"skus\":[{\"code\":\"G-1\",\"price\":3900,\"stock\":5}]}");
        assertEquals(201, created.status(), created.toString());
        long productId = created.obj().getJsonNumber("id").longValue();
        String path = "/products/" + productId + "/translation";

        JsonObject zh = api.get(path + "?to=zh", null).obj();
        assertFalse(zh.getBoolean("byMerchant"));
        assertTrue(zh.getBoolean("wordLevel"), "the offline translator says it is word by word");
        assertTrue(zh.getString("title").contains("茶"), zh.toString());
        assertTrue(zh.getString("description").contains("茶"), zh.toString());
        assertEquals("en", zh.getString("from"));
        assertEquals(zh, api.get(path + "?to=zh-TW", null).obj(), "cached for this version of the listing");

        JsonObject en = api.get(path + "?to=en", null).obj();
        assertTrue(en.getBoolean("byMerchant"), "the merchant wrote English");
        assertEquals("Green tea", en.getString("title"));

        // Once the merchant writes Chinese, readers get the merchant's words.
        Res edited = api.put("/products/" + productId, merchant.token(), "{\"titleEn\":\"Green tea\",\"titleZh\":\"明前龙井\","
                + "\"descriptionEn\":\"Fresh tea from Hangzhou\",\"category\":\"food\",\"status\":\"ACTIVE\","
                + "\"skus\":[{\"code\":\"G-1\",\"price\":3900,\"stock\":5}]}");
        assertEquals(200, edited.status(), edited.toString());
        JsonObject own = api.get(path + "?to=zh", null).obj();
        assertTrue(own.getBoolean("byMerchant"));
        assertEquals("明前龙井", own.getString("title"));

        Res bad = api.get(path + "?to=fr", null);
        assertEquals(422, bad.status());
        assertEquals("to", bad.problemField());
        assertEquals(404, api.get("/products/987654321/translation?to=zh", null).status());
        Res draft = api.post("/products", merchant.token(), "{\"titleEn\":\"Secret blend\",\"category\":\"food\",\"status\":\"DRAFT\","
                + "\"skus\":[{\"code\":\"S-1\",\"price\":100,\"stock\":1}]}");
        long draftId = draft.obj().getJsonNumber("id").longValue();
        assertEquals(404, api.get("/products/" + draftId + "/translation?to=zh", null).status(), "a draft is not for readers");
        assertEquals(200, api.get("/products/" + draftId + "/translation?to=zh", merchant.token()).status(), "its merchant may");
    }
}
