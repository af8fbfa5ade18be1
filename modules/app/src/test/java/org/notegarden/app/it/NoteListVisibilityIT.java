package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * Every list of notes shows only what the note's own page would show the viewer. A private
 * profile's note, an age-restricted, a demoted, a held and a removed note sit in a follower's
 * board and likes, under one topic, beside a plain note; each note-listing endpoint is walked
 * as a stranger who is signed out, a signed-in stranger and the follower.
 */
@WholeApp
class NoteListVisibilityIT {

    private ApiClient api;

    private long post(User u, String title, String body, String topic) {
        long media = api.upload(u, TestImages.png(320, 240), "image/png");
        Res r = api.post("/notes", u.token(), Json.createObjectBuilder().add("title", title).add("body", body)
                .add("mediaIds", Json.createArrayBuilder().add(media)).add("topics", Json.createArrayBuilder().add(topic))
                .add("publish", true).build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.obj().getJsonNumber("id").longValue();
    }

    /** A private profile with one follower, a public author and a stranger (signed in). */
    private record Cast(User privateAuthor, User author, User follower, User stranger) {
    }

    private Cast cast(String privateAuthor, String author, String follower, String stranger) {
        Cast cast = new Cast(api.register(privateAuthor), api.register(author), api.register(follower), api.register(stranger));
        assertEquals(200, api.put("/users/" + cast.privateAuthor().handle() + "/follow", cast.follower().token(), null).status());
        assertEquals(200, api.send("PATCH", "/me", cast.privateAuthor().token(), "{\"privateProfile\":true}").status());
        return cast;
    }

    private void decide(User mod, User reporter, long noteId, String decision) {
        Moderators.reportAndDecide(api, reporter, mod, "NOTE", noteId, "SCAMS_AND_FRAUD", "Please review this note.",
                "\"decision\":\"" + decision + "\",\"facts\":\"Reviewed for the list test\",\"policyClause\":\"Community Guidelines §1\"");
    }

    @Test
    void everyNoteListUsesTheNotePagesVisibilityRule() {
        String admin = api.adminToken();
        User mod = Moderators.appoint(api, admin, "modlists", "\"en\"");
        String topic = SearchMarkers.fresh();
        Cast cast = cast("quiet", "loud", "fan", "passerby");
        User privateAuthor = cast.privateAuthor();
        User author = cast.author();
        User follower = cast.follower();
        User stranger = cast.stranger();

        Map<String, Long> notes = new LinkedHashMap<>();
        notes.put("plain", post(author, "Plain " + topic, "An ordinary note " + topic, topic));
        notes.put("private", post(privateAuthor, "Private " + topic, "For my followers " + topic, topic));
        notes.put("age-restricted", post(author, "Adults " + topic, "Strong cocktails " + topic, topic));
        notes.put("demoted", post(author, "Demoted " + topic, "Borderline claims " + topic, topic));
        notes.put("removed", post(author, "Removed " + topic, "Against the rules " + topic, topic));
        long board = api.post("/boards", follower.token(), "{\"name\":\"Saved " + topic + "\"}").obj().getJsonNumber("id").longValue();
        for (long id : notes.values()) {
            assertEquals(200, api.put("/notes/" + id + "/like", follower.token(), null).status());
            assertEquals(200, api.put("/notes/" + id + "/collect", follower.token(), "{\"boardId\":" + board + "}").status());
        }
        notes.put("held", post(author, "Held " + topic, "What a shit deal " + topic, topic));
        decide(mod, stranger, notes.get("age-restricted"), "AGE_RESTRICT");
        decide(mod, stranger, notes.get("demoted"), "DEMOTE");
        decide(mod, stranger, notes.get("removed"), "REMOVE");

        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("board", "/boards/" + board + "/notes?limit=50");
        lists.put("liked", "/users/" + follower.handle() + "/liked?limit=50");
        lists.put("topic", "/topics/" + topic + "/notes?limit=50");
        lists.put("latest", "/feed/latest?limit=50");
        lists.put("search", "/search/notes?q=" + topic + "&limit=50");
        lists.put("author", "/users/" + author.handle() + "/notes?limit=50");
        lists.put("private author", "/users/" + privateAuthor.handle() + "/notes?limit=50");

        // What a person saved stays in their own lists (demoted notes only lose reach); what
        // strangers find by browsing is the recommendable set.
        Set<String> chosen = Set.of("board", "liked", "author");
        expect("private author, signed out", lists.remove("private author"), null, notes, Set.of());
        expect("private author, signed-in stranger", "/users/" + privateAuthor.handle() + "/notes?limit=50", stranger.token(),
                notes, Set.of());
        expect("private author, follower", "/users/" + privateAuthor.handle() + "/notes?limit=50", follower.token(),
                notes, Set.of("private"));
        for (var list : lists.entrySet()) {
            boolean saved = chosen.contains(list.getKey());
            expect(list.getKey() + ", signed out", list.getValue(), null, notes,
                    saved ? Set.of("plain", "demoted") : Set.of("plain"));
            expect(list.getKey() + ", signed-in adult stranger", list.getValue(), stranger.token(), notes,
                    saved ? Set.of("plain", "demoted", "age-restricted") : Set.of("plain"));
        }
        expect("board, the private author's follower", lists.get("board"), follower.token(), notes,
                Set.of("plain", "private", "demoted", "age-restricted"));
        expect("liked, the private author's follower", lists.get("liked"), follower.token(), notes,
                Set.of("plain", "private", "demoted", "age-restricted"));
    }

    /**
     * The signed-out first page of the latest feed is built once for everyone for a second; a
     * note still leaves it the moment its author turns private or deletes it.
     */
    @Test
    void theSharedFirstPageNeverOutlivesAPrivacyChangeOrADeletion() {
        User author = api.register("shy");
        String topic = "shy" + SearchMarkers.fresh();
        Map<String, Long> notes = new LinkedHashMap<>();
        notes.put("kept", post(author, "Morning " + topic, "Tea " + topic, topic));
        notes.put("deleted", post(author, "Evening " + topic, "Soup " + topic, topic));
        String latest = "/feed/latest?limit=50";
        expect("both published", latest, null, notes, Set.of("kept", "deleted"));
        assertEquals(204, api.delete("/notes/" + notes.get("deleted"), author.token()).status());
        expect("deleted a moment ago", latest, null, notes, Set.of("kept"));
        assertEquals(200, api.send("PATCH", "/me", author.token(), "{\"privateProfile\":true}").status());
        expect("the author turned private a moment ago", latest, null, notes, Set.of());
    }

    /**
     * Note pages asked for at the same moment are read from the database together; each reader
     * must still get exactly the note they asked for, under their own view of who may see it.
     * Sixteen readers (signed out, a stranger, a private author's follower, the authors) ask for
     * a mix of public, private, draft and deleted notes at once, many times over.
     */
    @Test
    void notePagesAskedForAtOnceEachKeepTheirOwnNoteAndRule() throws Exception {
        String topic = "once" + SearchMarkers.fresh();
        Cast cast = cast("hushed", "open", "friend", "someone");
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, Set<String>> seenBy = new LinkedHashMap<>(); // note -> the viewers its page is for
        for (int i = 0; i < 4; i++) {
            long id = post(cast.author(), "Open " + i + " " + topic, "Anyone " + topic, topic);
            titles.put(id, "Open " + i + " " + topic);
            seenBy.put(id, Set.of("signed out", "stranger", "follower", "author", "private author"));
        }
        for (int i = 0; i < 2; i++) {
            long id = post(cast.privateAuthor(), "Hushed " + i + " " + topic, "Followers only " + topic, topic);
            titles.put(id, "Hushed " + i + " " + topic);
            seenBy.put(id, Set.of("follower", "private author"));
        }
        Res draft = api.post("/notes", cast.author().token(), Json.createObjectBuilder().add("title", "Draft " + topic).add("body", "Not yet")
                .add("publish", false).build().toString());
        assertEquals(201, draft.status(), draft.toString());
        long draftId = draft.obj().getJsonNumber("id").longValue();
        titles.put(draftId, "Draft " + topic);
        seenBy.put(draftId, Set.of("author"));
        long deleted = post(cast.author(), "Gone " + topic, "Deleted " + topic, topic);
        assertEquals(204, api.delete("/notes/" + deleted, cast.author().token()).status());
        titles.put(deleted, "Gone " + topic);
        seenBy.put(deleted, Set.of());

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("signed out", null);
        tokens.put("stranger", cast.stranger().token());
        tokens.put("follower", cast.follower().token());
        tokens.put("author", cast.author().token());
        tokens.put("private author", cast.privateAuthor().token());
        java.util.List<Long> ids = java.util.List.copyOf(titles.keySet());
        java.util.List<String> viewers = java.util.List.copyOf(tokens.keySet());
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int reader = 0; reader < 16; reader++) {
                int first = reader;
                answers.add(readers.submit(() -> {
                    StringBuilder wrong = new StringBuilder();
                    for (int i = 0; i < 40; i++) {
                        long id = ids.get((first + i) % ids.size());
                        String viewer = viewers.get((first * 7 + i) % viewers.size());
                        Res page = api.get("/notes/" + id, tokens.get(viewer));
                        boolean shown = seenBy.get(id).contains(viewer);
                        if (page.status() != (shown ? 200 : 404)) {
                            wrong.append(viewer).append(" got ").append(page.status()).append(" for ").append(titles.get(id)).append('\n');
                        } else if (shown && (page.obj().getJsonNumber("id").longValue() != id
                                || !titles.get(id).equals(page.obj().getString("title")))) {
                            wrong.append(viewer).append(" asked for ").append(titles.get(id)).append(" and got ").append(page).append('\n');
                        }
                    }
                    return wrong.toString();
                }));
            }
            StringBuilder wrong = new StringBuilder();
            for (var answer : answers) {
                wrong.append(answer.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
            assertEquals("", wrong.toString());
        } finally {
            readers.shutdownNow();
        }
    }

    private void expect(String where, String path, String token, Map<String, Long> notes, Set<String> expected) {
        Res r = api.get(path, token);
        assertEquals(200, r.status(), where + ": " + r);
        Set<Long> ids = r.obj().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        Set<String> seen = notes.entrySet().stream().filter(e -> ids.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> wanted = new TreeSet<>(expected);
        assertEquals(wanted, seen, where + " (" + path + ")");
    }
}
