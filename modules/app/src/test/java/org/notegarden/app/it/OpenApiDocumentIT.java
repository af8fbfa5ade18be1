package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The document at /openapi is one standard tools accept: every operation has a unique
 * operationId, a summary, a group and the shared problem answer; the authentication schemes are
 * declared; and Redocly CLI's recommended rules find no error (what is accepted on purpose is
 * in redocly.yaml and .redocly.lint-ignore.yaml, with reasons).
 */
@WholeApp
class OpenApiDocumentIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    ApiClient api;

    @Test
    void theDocumentIsCompleteAndLintsClean() throws Exception {
        String origin = api.base().substring(0, api.base().indexOf("/api/v1"));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(origin + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonObject doc = Json.createReader(new StringReader(r.body())).readObject();

        Set<String> ids = new HashSet<>();
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var op : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                JsonObject o = op.getValue().asJsonObject();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                if (!o.containsKey("operationId") || !ids.add(o.getString("operationId"))) {
                    gaps.add(where + ": no unique operationId");
                }
                if (!o.containsKey("summary") || !o.containsKey("tags")) {
                    gaps.add(where + ": no summary or group");
                }
                if (!o.getJsonObject("responses").containsKey("4XX")) {
                    gaps.add(where + ": no problem answer");
                }
            }
        }
        assertTrue(operations > 100, operations + " operations");
        assertEquals(List.of(), gaps);
        JsonObject schemes = doc.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals(Set.of("bearerToken", "sessionCookie", "csrfHeader"), schemes.keySet());
        assertTrue(doc.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
        // A checkout's items carry the skuId: the cart's item body once took the same schema name and
        // a generated client could not check out (422 items[0].skuId).
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.getJsonObject("CheckoutItemBody").getJsonObject("properties").containsKey("skuId"), schemas.toString());
        assertTrue(schemas.getJsonObject("ShopDecisionBody").getJsonObject("properties").containsKey("reason"));

        Path file = Path.of("target/openapi.json");
        Files.writeString(file, r.body(), StandardCharsets.UTF_8);
        Process lint = new ProcessBuilder("target/npm/node_modules/.bin/redocly", "lint", file.toString(), "--config", "redocly.yaml",
                "--format=json", "--max-problems", "2000").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String report = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(2, TimeUnit.MINUTES), "lint finished");
        JsonObject totals = Json.createReader(new StringReader(report)).readObject().getJsonObject("totals");
        assertEquals(0, totals.getInt("errors"), report);
        assertEquals(0, totals.getInt("warnings"), report);
        assertEquals(JsonValue.ValueType.NUMBER, totals.get("ignored").getValueType());
    }
}
