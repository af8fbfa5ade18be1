package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * What the records must withstand: time (an appeal after the window is refused) and tampering
 * (an edited or deleted audit entry is found; PostgreSQL refuses the edit outright).
 */
@WholeApp
class ComplianceRecordsIT {
    ApiClient api;

    @Test
    void anAppealAfterTheWindowIsRefused() throws Exception {
        User mod = Moderators.appoint(api, api.adminToken(), "modtime", "\"en\"");
        User writer = api.register("late");
        long media = api.upload(writer, TestImages.png(320, 240), "image/png");
        long noteId = api.post("/notes", writer.token(), Json.createObjectBuilder().add("title", "Old post")
                .add("body", "What a shit day this was").add("mediaIds", Json.createArrayBuilder().add(media))
                .add("publish", true).build().toString()).obj().getJsonNumber("id").longValue();
        long caseId = Moderators.caseFor(api, mod, "en", "NOTE", noteId).getJsonNumber("id").longValue();
        JsonObject decided = Moderators.claimAndDecide(api, mod, caseId, "\"decision\":\"REMOVE\","
                + "\"facts\":\"Vulgar language in the body\",\"policyClause\":\"Community Guidelines §3 Language\"");
        long statementId = decided.getJsonNumber("statementId").longValue();

        // Seven months pass.
        try (Connection db = TestDatabase.open();
             PreparedStatement age = db.prepareStatement("UPDATE cp_statement SET created_at = ?, appeal_until = ? WHERE id = ?")) {
            Instant then = Instant.now().minus(Duration.ofDays(213));
            age.setTimestamp(1, Timestamp.from(then));
            age.setTimestamp(2, Timestamp.from(then.plus(Duration.ofDays(183))));
            age.setLong(3, statementId);
            assertEquals(1, age.executeUpdate());
        }
        JsonObject st = api.get("/statements/" + statementId, writer.token()).obj();
        assertFalse(st.getBoolean("canAppeal"));
        Res late = api.post("/appeals", writer.token(), "{\"caseId\":" + caseId + ",\"reason\":\"I only just saw this decision.\"}");
        assertEquals(422, late.status(), late.toString());
        assertEquals("caseId", late.problemField());
        assertTrue(late.raw().body().contains("appeal window closed"));
    }

    @Test
    void aTamperedOrDeletedAuditEntryIsFound() throws Exception {
        String admin = api.adminToken();
        User someone = api.register("audited");
        api.put("/admin/accounts/" + someone.handle() + "/roles", admin, "{\"roles\":[\"USER\",\"MERCHANT\"]}");
        assertTrue(api.get("/admin/audit", admin).obj().getJsonObject("verification").getBoolean("intact"));
        long seq = api.get("/admin/audit?limit=1", admin).obj().getJsonArray("entries").getJsonObject(0).getJsonNumber("seq").longValue();

        try (Connection db = TestDatabase.open(); Statement sql = db.createStatement()) {
            String original;
            try (ResultSet r = sql.executeQuery("SELECT detail FROM cp_audit_entry WHERE seq = " + seq)) {
                r.next();
                original = r.getString(1);
            }
            if (TestDatabase.postgres()) {
                SQLException refused = assertThrows(SQLException.class,
                        () -> sql.executeUpdate("UPDATE cp_audit_entry SET detail = 'nothing happened' WHERE seq = " + seq));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM cp_audit_entry WHERE seq = " + seq));
                // The table's owner can still switch the trigger off; the hash chain is the second line.
                sql.execute("ALTER TABLE cp_audit_entry DISABLE TRIGGER cp_audit_entry_append_only");
            }
            try {
                sql.executeUpdate("UPDATE cp_audit_entry SET detail = 'nothing happened' WHERE seq = " + seq);
                JsonObject v = api.get("/admin/audit", admin).obj().getJsonObject("verification");
                assertFalse(v.getBoolean("intact"));
                assertEquals(seq, v.getJsonNumber("firstBrokenSeq").longValue());
            } finally {
                try (PreparedStatement put = db.prepareStatement("UPDATE cp_audit_entry SET detail = ? WHERE seq = ?")) {
                    put.setString(1, original);
                    put.setLong(2, seq);
                    put.executeUpdate();
                }
            }
            assertTrue(api.get("/admin/audit", admin).obj().getJsonObject("verification").getBoolean("intact"), "restored");

            // Deleting the newest entry is found too: the chain's head remembers it.
            String[] row = new String[8];
            try (ResultSet r = sql.executeQuery("SELECT seq, at, actor_id, action, target, detail, prev_hash, hash FROM cp_audit_entry WHERE seq = " + seq)) {
                r.next();
                for (int i = 0; i < 8; i++) {
                    row[i] = r.getString(i + 1);
                }
            }
            Timestamp at;
            try (ResultSet r = sql.executeQuery("SELECT at FROM cp_audit_entry WHERE seq = " + seq)) {
                r.next();
                at = r.getTimestamp(1);
            }
            long latest = api.get("/admin/audit?limit=1", admin).obj().getJsonArray("entries").getJsonObject(0).getJsonNumber("seq").longValue();
            assertEquals(seq, latest, "nothing else was audited meanwhile");
            sql.executeUpdate("DELETE FROM cp_audit_entry WHERE seq = " + seq);
            try {
                JsonObject v = api.get("/admin/audit", admin).obj().getJsonObject("verification");
                assertFalse(v.getBoolean("intact"));
                assertEquals(seq, v.getJsonNumber("firstBrokenSeq").longValue());
            } finally {
                try (PreparedStatement put = db.prepareStatement("INSERT INTO cp_audit_entry (seq, at, actor_id, action, target, detail, prev_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    put.setLong(1, seq);
                    put.setTimestamp(2, at);
                    if (row[2] == null) {
                        put.setNull(3, java.sql.Types.BIGINT);
                    } else {
                        put.setLong(3, Long.parseLong(row[2]));
                    }
                    for (int i = 3; i < 8; i++) {
                        put.setString(i + 1, row[i]);
                    }
                    put.executeUpdate();
                }
                if (TestDatabase.postgres()) {
                    sql.execute("ALTER TABLE cp_audit_entry ENABLE TRIGGER cp_audit_entry_append_only");
                }
            }
            assertTrue(api.get("/admin/audit", admin).obj().getJsonObject("verification").getBoolean("intact"), "restored");
        }
    }
}
