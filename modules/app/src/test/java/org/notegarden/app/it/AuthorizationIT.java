package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Every object endpoint tried as the owner, as another user and anonymously. Others must get
 * 404 for what they may not know exists (drafts, private boards) and 403 for what they can see
 * but not change; anonymous writes get 401.
 */
@WholeApp
class AuthorizationIT {

    private ApiClient api;
    private User owner;
    private User other;
    private final List<String> failures = new ArrayList<>();

    /** Tries a call as other, anonymous, then owner (owner last: it may delete the object). */
    private void check(String method, String path, String body, int ownerStatus, int otherStatus, int anonStatus) {
        expect("other", api.send(method, path, other.token(), body), method, path, otherStatus);
        expect("anonymous", api.send(method, path, null, body), method, path, anonStatus);
        expect("owner", api.send(method, path, owner.token(), body), method, path, ownerStatus);
    }

    private void expect(String who, Res r, String method, String path, int status) {
        if (r.status() != status) {
            failures.add(who + " " + method + " " + path + ": expected " + status + ", got " + r);
        }
    }

    @Test
    void everyObjectEndpointChecksWhoIsAsking() {
        owner = api.register("owner");
        other = api.register("other");
        long media = api.upload(owner, TestImages.png(200, 200), "image/png");
        long published = api.publishNote(owner, "Public note", "hello");
        Res draftRes = api.post("/notes", owner.token(), "{\"title\":\"Secret draft\",\"mediaIds\":[" + media + "]}");
        long draft = draftRes.obj().getJsonNumber("id").longValue();
        long privateBoard = api.post("/boards", owner.token(), "{\"name\":\"Mine\",\"isPrivate\":true}").obj().getJsonNumber("id").longValue();
        long publicBoard = api.post("/boards", owner.token(), "{\"name\":\"Shared\"}").obj().getJsonNumber("id").longValue();
        long comment = api.post("/notes/" + published + "/comments", owner.token(), "{\"body\":\"my own comment\"}")
                .obj().getJsonNumber("id").longValue();
        String edit = "{\"title\":\"Edited\",\"mediaIds\":[" + media + "],\"publish\":false}";

        // Drafts are invisible to everyone but their author.
        check("GET", "/notes/" + draft, null, 200, 404, 404);
        check("PUT", "/notes/" + draft, edit, 200, 404, 401);
        check("PUT", "/notes/" + draft + "/like", null, 200, 404, 401);
        check("GET", "/notes/" + draft + "/comments", null, 200, 404, 404);
        assertFalse(api.get("/notes/drafts", other.token()).raw().body().contains("Secret draft"));
        check("GET", "/notes/drafts", null, 200, 200, 401);

        // Published notes: everyone reads, only the author edits or deletes.
        check("GET", "/notes/" + published, null, 200, 200, 200);
        check("PUT", "/notes/" + published, "{\"title\":\"Hijacked\",\"mediaIds\":[" + media + "],\"publish\":true}", 200, 403, 401);
        check("PUT", "/notes/" + published + "/like", null, 200, 200, 401);
        check("DELETE", "/notes/" + published + "/like", null, 200, 200, 401);
        check("PUT", "/notes/" + published + "/collect", "{}", 200, 200, 401);
        check("POST", "/notes/" + published + "/comments", "{\"body\":\"hi\"}", 201, 201, 401);

        // Boards: private ones do not exist for others; public ones are read-only to them.
        check("GET", "/boards/" + privateBoard, null, 200, 404, 404);
        check("GET", "/boards/" + privateBoard + "/notes", null, 200, 404, 404);
        check("PATCH", "/boards/" + privateBoard, "{\"name\":\"Renamed\"}", 200, 404, 401);
        check("PUT", "/notes/" + published + "/collect", "{\"boardId\":" + privateBoard + "}", 200, 404, 401);
        check("GET", "/boards/" + publicBoard, null, 200, 200, 200);
        check("PATCH", "/boards/" + publicBoard, "{\"name\":\"Renamed\"}", 200, 403, 401);
        check("PUT", "/notes/" + published + "/collect", "{\"boardId\":" + publicBoard + "}", 200, 403, 401);
        assertFalse(api.get("/users/" + owner.handle() + "/boards", other.token()).raw().body().contains("\"Renamed\",\"isPrivate\":true"));
        assertEquals(2, api.get("/users/" + owner.handle() + "/boards", owner.token()).json().asJsonArray().size());
        assertEquals(1, api.get("/users/" + owner.handle() + "/boards", other.token()).json().asJsonArray().size());

        // Comments: only their author deletes them.
        check("DELETE", "/comments/" + comment + "/like", null, 200, 200, 401);
        check("DELETE", "/comments/" + comment, null, 204, 403, 401);

        // Notifications are private to their recipient.
        Res ownerNotes = api.get("/notifications", owner.token());
        long ownerNotification = ownerNotes.obj().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(401, api.get("/notifications", null).status());
        assertFalse(api.get("/notifications", other.token()).obj().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == ownerNotification));
        Res marked = api.post("/notifications/read", other.token(), "{\"ids\":[" + ownerNotification + "]}");
        assertEquals(0, marked.obj().getInt("marked"), "nobody marks another's notifications");
        assertTrue(api.get("/notifications/unread-count", owner.token()).obj().getInt("unread") > 0);

        // Own account, following feed, media and admin endpoints.
        check("GET", "/me", null, 200, 200, 401);
        check("GET", "/feed/following", null, 200, 200, 401);
        check("PUT", "/admin/accounts/" + other.handle() + "/roles", "{\"roles\":[\"MODERATOR\"]}", 403, 403, 401);
        check("GET", "/admin/audit", null, 403, 403, 401);

        // Deletions last.
        check("DELETE", "/boards/" + privateBoard, null, 204, 404, 401);
        check("DELETE", "/boards/" + publicBoard, null, 204, 403, 401);
        check("DELETE", "/notes/" + draft, null, 204, 404, 401);
        check("DELETE", "/notes/" + published, null, 204, 403, 401);

        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theConfiguredFirstAdminManagesRolesAndEveryChangeIsAudited() {
        Res login = api.post("/auth/login", null, "{\"login\":\"itadmin\",\"password\":\"it-admin-password\",\"mode\":\"token\"}");
        assertEquals(200, login.status(), "first admin comes from configuration: " + login);
        String admin = login.obj().getString("token");
        assertTrue(login.obj().getJsonObject("account").getJsonArray("roles").toString().contains("ADMIN"));
        User someone = api.register("merchant");

        Res granted = api.put("/admin/accounts/" + someone.handle() + "/roles", admin, "{\"roles\":[\"MERCHANT\"]}");
        assertEquals(200, granted.status(), granted.toString());
        assertTrue(granted.obj().getJsonArray("roles").toString().contains("MERCHANT"));
        assertEquals(401, api.get("/me", someone.token()).status(), "a role change ends the person's sessions");
        Res bogus = api.put("/admin/accounts/" + someone.handle() + "/roles", admin, "{\"roles\":[\"KING\"]}");
        assertEquals(422, bogus.status());
        assertEquals("roles[0]", bogus.problemField());
        Res selfDemotion = api.put("/admin/accounts/itadmin/roles", admin, "{\"roles\":[\"USER\"]}");
        assertEquals(422, selfDemotion.status());

        Res audit = api.get("/admin/audit?limit=5", admin);
        assertEquals(200, audit.status(), audit.toString());
        assertTrue(audit.obj().getJsonObject("verification").getBoolean("intact"));
        assertEquals("account.roles.changed", audit.obj().getJsonArray("entries").getJsonObject(0).getString("action"));
    }
}
