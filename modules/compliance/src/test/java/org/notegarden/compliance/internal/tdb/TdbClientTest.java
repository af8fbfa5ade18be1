package org.notegarden.compliance.internal.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the client reads the database's documented answers, against a real local HTTP server. */
class TdbClientTest {
    private HttpServer server;
    private final AtomicReference<String> nextBody = new AtomicReference<>();
    private final AtomicReference<Integer> nextStatus = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private TdbClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/statements", x -> {
            authorization.set(x.getRequestHeaders().getFirst("Authorization"));
            x.getRequestBody().readAllBytes();
            byte[] body = nextBody.get().getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(nextStatus.get(), body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/statements";
        client = new TdbClient(new TdbSettings(Optional.of(url), Optional.of("secret"), 100, 60, 5, 60));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private TdbClient.Answer answer(int status, String body) {
        nextStatus.set(status);
        nextBody.set(body);
        return client.send(List.of(statement("a"), statement("b")));
    }

    private static JsonObject statement(String puid) {
        return Json.createObjectBuilder().add("puid", puid).build();
    }

    @Test
    void createdGivesEachPuidItsUuid() {
        TdbClient.Answer a = answer(201, "{\"statements\":[{\"puid\":\"a\",\"uuid\":\"u-1\"},{\"puid\":\"b\",\"uuid\":\"u-2\"}]}");
        assertEquals(Map.of("a", "u-1", "b", "u-2"), assertInstanceOf(TdbClient.Stored.class, a).uuidByPuid());
        assertEquals("Bearer secret", authorization.get());
    }

    @Test
    void validationErrorsAreReadPerStatement() {
        TdbClient.Answer a = answer(422, "{\"errors\":{\"statement_1\":{\"content_date\":[\"The content date field is required.\"],"
                + "\"category\":[\"The selected category is invalid.\"]}}}");
        TdbClient.Refused r = assertInstanceOf(TdbClient.Refused.class, a);
        assertEquals(Map.of(1, "content_date: The content date field is required.; category: The selected category is invalid."),
                r.errorsByIndex());
        assertTrue(r.alreadyStored().isEmpty());
    }

    @Test
    void puidsTheDatabaseHoldsAreRecognised() {
        TdbClient.Answer a = answer(422, "{\"message\":\"not unique\",\"errors\":{\"puid\":[\"not unique\"],\"existing_puids\":[\"b\"]}}");
        TdbClient.Refused r = assertInstanceOf(TdbClient.Refused.class, a);
        assertEquals(Set.of("b"), r.alreadyStored());
        assertTrue(r.errorsByIndex().isEmpty());
    }

    @Test
    void serverErrorsAndGarbageMeanTryLater() {
        assertInstanceOf(TdbClient.TryLater.class, answer(500, "Server Error"));
        assertInstanceOf(TdbClient.TryLater.class, answer(401, "{\"message\":\"Unauthenticated.\"}"));
        assertInstanceOf(TdbClient.TryLater.class, answer(201, "<html>proxy error</html>"));
    }

    @Test
    void anUnreachableDatabaseMeansTryLater() {
        server.stop(0);
        TdbClient.Answer a = client.send(List.of(statement("a")));
        assertTrue(assertInstanceOf(TdbClient.TryLater.class, a).reason().startsWith("no answer"));
    }
}
