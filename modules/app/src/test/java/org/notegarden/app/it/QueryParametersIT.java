package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Query parameters are checked like bodies: every whole-number and yes/no parameter of every
 * operation in the document, sent as "abc" by an admin (so no role check answers first), answers
 * 422 with a problem naming that parameter — not a bare 404 (whole numbers did), and not a silent
 * false (?crossLanguage=abc searched as false). Left out, it is optional: no server error.
 */
@WholeApp
class QueryParametersIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    ApiClient api;

    @Test
    void everyNumberAndYesNoParameterThatIsNeitherAnswers422NamingIt() throws Exception {
        HttpClient http = Http11.client();
        String origin = DocumentedOperations.origin(api);
        String token = api.adminToken(); // every operation, admin ones included, reaches its parameters
        JsonObject doc = DocumentedOperations.document(http, api);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var op : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(op.getKey()) || !op.getValue().asJsonObject().containsKey("parameters")) {
                    continue;
                }
                for (var p : op.getValue().asJsonObject().getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                    String type = p.getJsonObject("schema").getString("type", "");
                    if (!p.getString("in").equals("query") || !Set.of("integer", "boolean").contains(type)) {
                        continue;
                    }
                    checked++;
                    String name = p.getString("name");
                    String method = op.getKey().toUpperCase();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(origin + DocumentedOperations.filled(path.getKey()) + "?" + name + "=abc"))
                            .method(method, DocumentedOperations.emptyBody(method))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 422 || !r.body().contains("\"field\":\"" + name + "\"")) {
                        wrong.add(method + " " + path.getKey() + "?" + name + "=abc: " + r.statusCode() + " "
                                + r.body().substring(0, Math.min(160, r.body().length())));
                    }
                    // Left out, the parameter is optional: never a server error (an absent primitive once was a 500).
                    int without = http.send(HttpRequest.newBuilder(URI.create(origin + DocumentedOperations.filled(path.getKey())))
                            .method(method, DocumentedOperations.emptyBody(method))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (without >= 500) {
                        wrong.add(method + " " + path.getKey() + " without " + name + ": " + without);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 30, checked + " parameters checked");
    }

}
