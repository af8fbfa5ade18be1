package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
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
 * The published document at /api/v1/openapi is one standard tools accept: no vendor key at the
 * top, every operation has a unique operationId, a summary, a group, its success code, a typed
 * body and the shared problem answer; the authentication schemes are declared; and Redocly CLI's
 * recommended rules find no error and no warning, with nothing ignored (what is turned off is in
 * redocly.yaml, with reasons).
 */
@WholeApp
class OpenApiDocumentIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    ApiClient api;

    /**
     * An operation says which success it answers (no "default" a client cannot tell success by),
     * and every success with a body says what the body is: a named schema, a list of something
     * typed, text or a file — never a bare "object" (register, login and upload once were: Payara
     * types only a method's declared return type, so those methods now return their body and set
     * their status with SuccessStatus).
     */
    private static List<String> successGaps(String where, JsonObject responses) {
        List<String> gaps = new ArrayList<>();
        if (responses.containsKey("default")) {
            gaps.add(where + ": a default answer instead of its success code");
        }
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            gaps.add(where + ": no success answer");
        }
        for (var answer : responses.entrySet()) {
            JsonObject content = answer.getValue().asJsonObject().getJsonObject("content");
            if (!answer.getKey().startsWith("2") || content == null) {
                continue;
            }
            for (var media : content.entrySet()) {
                JsonObject schema = media.getValue().asJsonObject().getJsonObject("schema");
                if (!typed(schema)) {
                    gaps.add(where + " " + answer.getKey() + " " + media.getKey() + ": untyped body " + schema);
                }
            }
        }
        return gaps;
    }

    private static boolean typed(JsonObject schema) {
        if (schema == null) {
            return false;
        }
        if (schema.containsKey("$ref")) {
            return true;
        }
        String type = schema.containsKey("type") && schema.get("type").getValueType() == JsonValue.ValueType.STRING
                ? schema.getString("type") : "";
        return switch (type) {
            case "array" -> typed(schema.getJsonObject("items"));
            case "object" -> schema.containsKey("properties") || schema.containsKey("additionalProperties");
            case "" -> false;
            default -> true;
        };
    }

    @Test
    void theDocumentIsCompleteAndLintsClean() throws Exception {
        String origin = api.base().substring(0, api.base().indexOf("/api/v1"));
        HttpResponse<String> r = Http11.client().send(HttpRequest.newBuilder(URI.create(api.base() + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        HttpResponse<String> payaras = Http11.client().send(HttpRequest.newBuilder(URI.create(origin + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(payaras.body().contains("\"endpoints\""), "Payara's own document still carries its index");
        // Payara once copied @Schema's defaults into every schema: "maxProperties": 0 told
        // validators that a typed answer has no properties at all.
        assertFalse(java.util.regex.Pattern.compile("\"(maxProperties|minLength|minProperties)\"\\s*:\\s*0[,}\\s]").matcher(r.body()).find(),
                "no annotation defaults in the schemas");
        JsonObject doc = Json.createReader(new StringReader(r.body())).readObject();
        assertTrue(!doc.containsKey("endpoints"), "the published document has no vendor key at the top");

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
                JsonObject responses = o.getJsonObject("responses");
                if (!responses.containsKey("4XX")) {
                    gaps.add(where + ": no problem answer");
                }
                gaps.addAll(successGaps(where, responses));
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
        // Ids are 64-bit integers and instants date-times, so generated clients hold Long and OffsetDateTime.
        JsonObject note = schemas.getJsonObject("NoteDetail").getJsonObject("properties");
        assertEquals("{\"type\":\"integer\",\"format\":\"int64\"}", note.getJsonObject("id").toString());
        assertEquals("#/components/schemas/Instant", note.getJsonObject("createdAt").getString("$ref"));
        assertEquals("date-time", schemas.getJsonObject("Instant").getString("format"));
        assertEquals("double", schemas.getJsonObject("Rating").getJsonObject("properties").getJsonObject("average").getString("format"));
        assertTrue(schemas.getJsonObject("NoteDetail").getJsonArray("required").contains(Json.createValue("id")));
        assertEquals("#/components/schemas/BreakdownView", schemas.getJsonObject("OrderView").getJsonObject("properties")
                .getJsonObject("breakdown").getString("$ref"), "the price breakdown is typed");
        // Pages name their items: the feed is a NoteCardPage of NoteCards, not a Page of bare objects.
        assertEquals("#/components/schemas/NoteCardPage", doc.getJsonObject("paths").getJsonObject("/api/v1/feed/latest")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        assertEquals("#/components/schemas/NoteCard", schemas.getJsonObject("NoteCardPage").getJsonObject("properties")
                .getJsonObject("items").getJsonObject("items").getString("$ref"));
        assertFalse(schemas.containsKey("Page"), "no untyped page is left");
        // Every list says what it holds: a bare @Schema on a List field once made Payara write a
        // list of untyped lists, which openapi-generator refuses ("items is missing").
        List<String> vagueLists = new ArrayList<>();
        vagueLists(schemas, "#/components/schemas", vagueLists);
        assertEquals(List.of(), vagueLists);
        // States and kinds list their values, so a client can switch on them.
        assertTrue(schemas.getJsonObject("OrderView").getJsonObject("properties").getJsonObject("state").getJsonArray("enum")
                .containsAll(List.of(Json.createValue("PLACED"), Json.createValue("PAID"), Json.createValue("SHIPPED"))), schemas.toString());
        assertEquals(List.of("IMAGES", "VIDEO", "TEXT"), note.getJsonObject("kind").getJsonArray("enum").getValuesAs(JsonString::getString));
        assertEquals("#/components/schemas/LoginResult", doc.getJsonObject("paths").getJsonObject("/api/v1/auth/register")
                .getJsonObject("post").getJsonObject("responses").getJsonObject("201").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"), "answers name their type");

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

    /** Array schemas under {@code value} whose items have neither a type nor a reference, or are themselves bare arrays. */
    private static void vagueLists(JsonValue value, String where, List<String> out) {
        if (value instanceof JsonObject o) {
            if ("array".equals(o.getString("type", ""))) {
                JsonObject items = o.containsKey("items") ? o.getJsonObject("items") : JsonValue.EMPTY_JSON_OBJECT;
                boolean typed = items.containsKey("$ref") || items.containsKey("type") && !("array".equals(items.getString("type"))
                        && !items.containsKey("items"));
                if (!typed) {
                    out.add(where);
                }
            }
            o.forEach((k, v) -> vagueLists(v, where + "/" + k, out));
        } else if (value instanceof jakarta.json.JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                vagueLists(a.get(i), where + "/" + i, out);
            }
        }
    }

    /**
     * The contract in src/main/openapi/notegarden-api.json, from which the build generates the
     * client GeneratedClientIT shops with, is exactly what the server publishes (without its
     * servers, which name the host). A change to the API shows here until the contract is
     * renewed: {@code mvn verify -pl modules/app -Dit.test=OpenApiDocumentIT -Dopenapi.renew=true}
     * writes the served document over it, for review in the diff.
     */
    @Test
    void theServedDocumentIsTheCommittedContract() throws Exception {
        HttpResponse<String> r = Http11.client().send(HttpRequest.newBuilder(URI.create(api.base() + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonObject served = Json.createObjectBuilder(Json.createReader(new StringReader(r.body())).readObject()).remove("servers").build();
        Path contract = Path.of("src/main/openapi/notegarden-api.json");
        if (Boolean.getBoolean("openapi.renew")) {
            Files.writeString(contract, ContractFile.format(served), StandardCharsets.UTF_8);
        }
        JsonObject committed = Json.createReader(new StringReader(Files.readString(contract, StandardCharsets.UTF_8))).readObject();
        assertEquals(ContractFile.format(committed), ContractFile.format(served),
                "the served API differs from the committed contract; renew it with -Dopenapi.renew=true and review the diff");
    }
}
