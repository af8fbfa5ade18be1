package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * A private profile is not one follow away: following it asks its owner, who approves or
 * declines, with notifications. Blocking keeps the blocked person from seeing, following,
 * commenting on or mentioning the blocker.
 */
@WholeApp
class FollowRequestsAndBlocksIT {
    ApiClient api;

    private static List<String> kinds(ApiClient api, User u) {
        return api.get("/notifications", u.token()).obj().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("kind")).toList();
    }

    @Test
    void followingAPrivateProfileIsARequestItsOwnerAnswers() {
        User owner = api.register("private");
        long note = api.publishNote(owner, "Just for friends", "quiet life");
        assertEquals(200, api.send("PATCH", "/me", owner.token(), "{\"privateProfile\":true}").status());
        User asker = api.register("asker");
        User declined = api.register("declined");

        Res asked = api.put("/users/" + owner.handle() + "/follow", asker.token(), null);
        assertEquals(200, asked.status(), asked.toString());
        assertFalse(asked.obj().getBoolean("following"), "not following yet: " + asked);
        assertTrue(asked.obj().getBoolean("requested"));
        assertEquals(404, api.get("/notes/" + note, asker.token()).status(), "a request shows nothing yet");
        assertTrue(api.get("/users/" + owner.handle(), asker.token()).obj().getBoolean("followRequested"));
        api.put("/users/" + owner.handle() + "/follow", declined.token(), null);

        assertTrue(kinds(api, owner).contains("FOLLOW_REQUEST"), "the owner is told");
        List<String> waiting = api.get("/me/follow-requests", owner.token()).obj().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("handle")).toList();
        assertEquals(List.of(declined.handle(), asker.handle()), waiting, "newest first");
        assertEquals(204, api.post("/me/follow-requests/" + asker.handle() + "/approve", owner.token(), null).status());
        assertEquals(204, api.post("/me/follow-requests/" + declined.handle() + "/decline", owner.token(), null).status());
        assertEquals(404, api.post("/me/follow-requests/" + declined.handle() + "/approve", owner.token(), null).status(),
                "a declined request is gone");

        assertEquals(200, api.get("/notes/" + note, asker.token()).status(), "approved: the follower sees the notes");
        assertTrue(kinds(api, asker).contains("FOLLOW_ACCEPTED"));
        assertEquals(404, api.get("/notes/" + note, declined.token()).status());
        assertFalse(api.get("/users/" + owner.handle(), declined.token()).obj().getBoolean("followRequested"));
    }

    @Test
    void aBlockedPersonCannotSeeFollowCommentOnOrMentionTheBlocker() {
        User blocker = api.register("blocker");
        User pest = api.register("pest");
        User other = api.register("other");
        long mine = api.publishNote(blocker, "My morning", "tea and toast");
        long theirs = api.publishNote(other, "Public square", "anyone may comment");
        assertEquals(200, api.put("/users/" + blocker.handle() + "/follow", pest.token(), null).status());
        Res comment = api.post("/notes/" + theirs + "/comments", blocker.token(), "{\"body\":\"Lovely\"}");
        long blockersComment = comment.obj().getJsonNumber("id").longValue();

        assertEquals(200, api.put("/users/" + pest.handle() + "/block", blocker.token(), null).status());
        assertTrue(api.get("/users/" + pest.handle(), blocker.token()).obj().getBoolean("blockedByMe"));

        assertEquals(404, api.get("/users/" + blocker.handle(), pest.token()).status(), "the blocker's profile looks missing");
        assertEquals(404, api.get("/notes/" + mine, pest.token()).status());
        assertEquals(404, api.put("/users/" + blocker.handle() + "/follow", pest.token(), null).status(), "no following back");
        assertEquals(0, api.get("/users/" + blocker.handle() + "/followers", blocker.token()).obj().getJsonArray("items").size(),
                "the block ended the follow");
        assertEquals(404, api.post("/notes/" + mine + "/comments", pest.token(), "{\"body\":\"hey\"}").status());
        assertEquals(404, api.post("/notes/" + theirs + "/comments", pest.token(),
                "{\"body\":\"hey\",\"replyTo\":" + blockersComment + "}").status(), "no replies to the blocker either");
        long before = kinds(api, blocker).stream().filter("MENTION"::equals).count();
        api.publishNote(pest, "Shout-out", "thanks @" + blocker.handle());
        assertEquals(before, kinds(api, blocker).stream().filter("MENTION"::equals).count(), "a mention by the blocked tells nobody");
        List<Long> feed = api.get("/users/" + pest.handle() + "/notes", blocker.token()).obj().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(n -> n.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(), feed, "the blocker does not see the blocked person's notes in lists");
        assertEquals(1, api.get("/me/blocked", blocker.token()).obj().getJsonArray("items").size());

        assertEquals(200, api.delete("/users/" + pest.handle() + "/block", blocker.token()).status());
        assertEquals(200, api.get("/notes/" + mine, pest.token()).status(), "unblocked: visible again");
    }
}
