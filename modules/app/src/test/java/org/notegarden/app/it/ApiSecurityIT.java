package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The document says, per operation, whether it needs a signed-in person, and the server agrees:
 * every operation is called once without credentials, and it answers 401 exactly when the
 * document lists only the bearer token and the session cookie as ways in (no empty alternative).
 */
@WholeApp
class ApiSecurityIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");

    ApiClient api;

    @Test
    void signedInOperationsAreExactlyThoseThatAnswer401WithoutCredentials() throws Exception {
        HttpClient http = Http11.client();
        String origin = DocumentedOperations.origin(api);
        JsonObject doc = DocumentedOperations.document(http, api);
        List<String> disagreements = new ArrayList<>();
        int signedIn = 0;
        int open = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var op : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                boolean needsSignIn = needsSignIn(op.getValue().asJsonObject());
                if (needsSignIn) {
                    signedIn++;
                } else {
                    open++;
                }
                String method = op.getKey().toUpperCase();
                HttpRequest.BodyPublisher body = DocumentedOperations.emptyBody(method);
                int status = http.send(HttpRequest.newBuilder(URI.create(origin + DocumentedOperations.filled(path.getKey())))
                        .method(method, body).header("Content-Type", "application/json").header("Accept", "*/*").build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if ((status == 401) != needsSignIn) {
                    disagreements.add(method + " " + path.getKey() + ": document says " + (needsSignIn ? "signed in" : "open")
                            + ", server answered " + status);
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(signedIn > 80 && open > 30, signedIn + " signed-in and " + open + " open operations");
    }

    /** Only the bearer token or the session cookie, no empty alternative: a signed-in person is needed. */
    private static boolean needsSignIn(JsonObject op) {
        if (!op.containsKey("security")) {
            return false; // the top level's, which includes signing out
        }
        return op.getJsonArray("security").stream().map(JsonValue::asJsonObject).noneMatch(JsonObject::isEmpty);
    }

}
