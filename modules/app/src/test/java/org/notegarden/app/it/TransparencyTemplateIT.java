package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * The transparency report in the Commission's template: a year's notices, own-initiative
 * measures, complaints and suspensions as CSV, each moving by exactly what this test does.
 */
@WholeApp
class TransparencyTemplateIT {
    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear();

    ApiClient api;

    @Test
    void aNoticeADecisionAnAppealAndASuspensionShowInTheirSections() throws Exception {
        List<CSVRecord> noticesBefore = section("notices");
        List<CSVRecord> complaintsBefore = section("complaints");
        List<CSVRecord> suspensionsBefore = section("suspensions");

        User mod = Moderators.appoint(api, api.adminToken(), "tplmod", "\"en\"");
        User writer = api.register("tplwriter");
        long noteId = api.publishNote(writer, "Summer haul", "Everything I bought this summer, all links in bio");
        assertEquals(201, api.post("/notices", null, "{\"subjectKind\":\"NOTE\",\"subjectId\":" + noteId
                + ",\"category\":\"UNDISCLOSED_ADVERTISING\",\"explanation\":\"Paid post without any label at all.\","
                + "\"goodFaith\":true,\"name\":\"Ana Reader\",\"email\":\"ana@example.org\"}").status());
        JsonObject c = Moderators.caseFor(api, mod, "en", "NOTE", noteId);
        long caseId = c.getJsonNumber("id").longValue();
        Moderators.claimAndDecide(api, mod, caseId, "\"decision\":\"REMOVE\",\"facts\":\"A paid post shown as a personal one\","
                + "\"policyClause\":\"Community Guidelines §5 Honest posts\"");
        assertEquals(201, api.post("/appeals", writer.token(), "{\"caseId\":" + caseId
                + ",\"reason\":\"It was not paid, I bought it all myself.\"}").status());

        User spammer = api.register("tplspam");
        long spam = api.publishNote(spammer, "Deals", "Great deals every single day for you");
        assertEquals(201, api.post("/notices", null, "{\"subjectKind\":\"NOTE\",\"subjectId\":" + spam
                + ",\"category\":\"SPAM\",\"explanation\":\"The same post every day, nothing else.\","
                + "\"goodFaith\":true,\"name\":\"Ana Reader\",\"email\":\"ana@example.org\"}").status());
        long spamCase = Moderators.caseFor(api, mod, "en", "NOTE", spam).getJsonNumber("id").longValue();
        Moderators.claimAndDecide(api, mod, spamCase, "\"decision\":\"SUSPEND\",\"suspendDays\":7,"
                + "\"facts\":\"Posts the same advertisement every day\",\"policyClause\":\"Community Guidelines §7 Spam\"");

        Map<String, Long> notices = delta(noticesBefore, section("notices"), "category_specification", "category");
        assertEquals(1, notices.get("notices_received|STATEMENT_CATEGORY_CONSUMER_INFORMATION|KEYWORD_HIDDEN_ADVERTISEMENT"));
        assertEquals(1, notices.get("action_taken_terms_and_conditions|STATEMENT_CATEGORY_CONSUMER_INFORMATION|KEYWORD_HIDDEN_ADVERTISEMENT"));
        assertEquals(1, notices.get("notices_received|STATEMENT_CATEGORY_OTHER_VIOLATION_TC|"));
        Map<String, Long> complaints = delta(complaintsBefore, section("complaints"), null, "complainant");
        assertEquals(1, complaints.get("received|affected_recipient"));
        assertEquals(1, complaints.get("pending|affected_recipient"));
        Map<String, Long> suspensions = delta(suspensionsBefore, section("suspensions"), null, "measure");
        assertEquals(1, suspensions.get("count|account_suspended"));
        assertEquals(0, suspensions.get("count|account_terminated"));

        Map<String, String> zip = zip();
        assertEquals(List.of("complaints.csv", "notices.csv", "overview.csv", "own_initiative.csv", "suspensions.csv"),
                zip.keySet().stream().sorted().toList());
        assertTrue(zip.get("overview.csv").contains("Implementing Regulation (EU) 2024/2835"), zip.get("overview.csv"));
        assertTrue(zip.get("own_initiative.csv").startsWith("category,restriction,automated_detection,automated_decision,measures"));

        Res badYear = api.get("/transparency/template/1999/notices.csv", null);
        assertEquals(422, badYear.status(), badYear.toString());
        assertEquals("year", badYear.problemField());
        assertEquals(404, api.get("/transparency/template/" + YEAR + "/orders.csv", null).status());
    }

    private List<CSVRecord> section(String name) throws IOException {
        Res r = api.get("/transparency/template/" + YEAR + "/" + name + ".csv", null);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.header("Content-Type").startsWith("text/csv"), r.header("Content-Type"));
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(r.raw().body()))
                .getRecords();
    }

    /**
     * How each numeric column moved per row, keyed "column|row key": the row key is the value of
     * {@code keyColumn} (and {@code extraKey} after it, when given).
     */
    private static Map<String, Long> delta(List<CSVRecord> before, List<CSVRecord> after, String extraKey, String keyColumn) {
        Map<String, Long> out = new HashMap<>();
        for (CSVRecord row : after) {
            String key = row.get(keyColumn) + (extraKey == null ? "" : "|" + row.get(extraKey));
            CSVRecord old = before.stream().filter(b -> (b.get(keyColumn) + (extraKey == null ? "" : "|" + b.get(extraKey))).equals(key))
                    .findFirst().orElse(null);
            row.toMap().forEach((column, value) -> {
                if (value.matches("\\d+")) {
                    long was = old == null ? 0 : Long.parseLong(old.get(column));
                    out.put(column + "|" + key, Long.parseLong(value) - was);
                }
            });
        }
        return out;
    }

    private Map<String, String> zip() throws Exception {
        HttpResponse<byte[]> r = Http11.client().send(HttpRequest.newBuilder(
                URI.create(api.base() + "/transparency/template/" + YEAR + ".zip")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
