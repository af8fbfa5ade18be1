package org.notegarden.app.it;

import jakarta.json.JsonObject;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/** Test helpers for the moderation ITs: appointing moderators and walking a case to a decision. */
public final class Moderators {
    private Moderators() {
    }

    /** A fresh account given the MODERATOR role (a role change ends sessions, so it logs in again). */
    public static User appoint(ApiClient api, String admin, String prefix, String languages) {
        User u = api.register(prefix);
        Res granted = api.put("/admin/accounts/" + u.handle() + "/roles", admin, "{\"roles\":[\"USER\",\"MODERATOR\"]}");
        if (granted.status() != 200) {
            throw new AssertionError("grant failed: " + granted);
        }
        Res login = api.post("/auth/login", null, "{\"login\":\"" + u.handle() + "\",\"password\":\"correct horse 1\",\"mode\":\"token\"}");
        User mod = new User(u.id(), u.handle(), login.obj().getString("token"));
        if (languages != null) {
            api.put("/moderation/languages", mod.token(), "{\"languages\":[" + languages + "]}");
        }
        return mod;
    }

    /** The open case about a subject in a queue, or null. */
    public static JsonObject caseFor(ApiClient api, User mod, String language, String kind, long subjectId) {
        Res queue = api.get("/moderation/queue?language=" + language, mod.token());
        for (JsonObject c : queue.json().asJsonArray().getValuesAs(JsonObject.class)) {
            if (c.getString("subjectKind").equals(kind) && c.getJsonNumber("subjectId").longValue() == subjectId) {
                return c;
            }
        }
        return null;
    }

    /**
     * Files a good-faith notice about a subject as {@code reporter} and has {@code mod} claim and
     * decide the case it opens in the English queue; the decision as {@link #claimAndDecide} takes it.
     */
    public static JsonObject reportAndDecide(ApiClient api, User reporter, User mod, String kind, long subjectId, String category,
                                             String explanation, String decisionJsonFields) {
        Res notice = api.post("/notices", reporter.token(), "{\"subjectKind\":\"" + kind + "\",\"subjectId\":" + subjectId
                + ",\"category\":\"" + category + "\",\"explanation\":\"" + explanation + "\",\"goodFaith\":true}");
        if (notice.status() != 201) {
            throw new AssertionError("notice refused: " + notice);
        }
        JsonObject c = caseFor(api, mod, "en", kind, subjectId);
        if (c == null) {
            throw new AssertionError("no case about " + kind + " " + subjectId);
        }
        return claimAndDecide(api, mod, c.getJsonNumber("id").longValue(), decisionJsonFields);
    }

    public static JsonObject claimAndDecide(ApiClient api, User mod, long caseId, String decisionJsonFields) {
        Res claimed = api.post("/moderation/cases/" + caseId + "/claim", mod.token(), "{}");
        if (claimed.status() != 200) {
            throw new AssertionError("claim failed: " + claimed);
        }
        long version = claimed.obj().getJsonNumber("version").longValue();
        Res decided = api.post("/moderation/cases/" + caseId + "/decision", mod.token(),
                "{\"version\":" + version + "," + decisionJsonFields + "}");
        if (decided.status() != 200) {
            throw new AssertionError("decision failed: " + decided);
        }
        return decided.obj();
    }
}
