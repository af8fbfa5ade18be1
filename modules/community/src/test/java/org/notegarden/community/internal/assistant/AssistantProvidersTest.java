package org.notegarden.community.internal.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.notegarden.community.api.ContentAssistant;

class AssistantProvidersTest {
    private static final ContentAssistant.Context CONTEXT = new ContentAssistant.Context("Oat latte", "Trying #latte at home",
            "en", List.of("latte", "coffee"), List.of(12, 12, 3), List.of("Best latte in town", "My coffee corner"),
            List.of("travel", "latte", "matcha"));

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void offlineSuggestsFromTheAccountsOwnBestNotesAndTrends() {
        var s = new OfflineAssistant(null).suggest(CONTEXT);
        assertTrue(s.titles().contains("3 things I love about Oat latte"), s.titles().toString());
        assertEquals("latte", s.topics().get(0), "a topic of the best notes that the draft is about comes first");
        assertTrue(s.topics().contains("matcha"), "then what is trending");
        assertEquals(12, s.postingHourUtc(), "the hour the best notes went out most often");
        var zh = new OfflineAssistant(null).suggest(new ContentAssistant.Context("手冲咖啡", "", "zh", List.of(), List.of(), List.of(),
                List.of()));
        assertTrue(zh.titles().contains("手冲咖啡｜真实体验分享"), zh.titles().toString());
        assertEquals(null, zh.postingHourUtc());
        assertThrows(UnsupportedOperationException.class, () -> new OfflineAssistant(null).adapt("t", "b", "zh"));
        // The offline assistant's own job is choosing the direction and keeping titles short; the
        // dictionary translator is tested in the i18n module and end to end in the ITs.
        org.notegarden.i18n.api.Translator tagging = new org.notegarden.i18n.api.Translator() {
            @Override
            public String id() {
                return "tagging";
            }

            @Override
            public Translation translate(String text, String from, String to) {
                return new Translation(from + ">" + to + ":" + text, id(), true);
            }
        };
        var adapted = new OfflineAssistant(tagging).adapt("咖啡", "好喝", "en");
        assertEquals("zh>en:咖啡", adapted.title());
        assertTrue(adapted.wordLevel());
    }

    @Test
    void openAiCompatibleSpeaksChatCompletionsAndReadsTheJsonReply() throws IOException {
        AtomicReference<String> seen = new AtomicReference<>();
        AtomicReference<String> auth = new AtomicReference<>();
        start("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Sure! {\\\"titles\\\":[\\\"Oat latte, "
                + "three ways\\\"],\\\"topics\\\":[\\\"#latte\\\",\\\"oatmilk\\\"],\\\"postingHourUtc\\\":11,\\\"why\\\":\\\"mornings\\\"}\"}}]}",
                200, seen, auth);
        var assistant = new OpenAiCompatibleAssistant("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/", "qwen2.5",
                "secret", Duration.ofSeconds(5));
        var s = assistant.suggest(CONTEXT);
        assertEquals(List.of("Oat latte, three ways"), s.titles());
        assertEquals(List.of("latte", "oatmilk"), s.topics());
        assertEquals(11, s.postingHourUtc());
        assertEquals("openai:qwen2.5", assistant.id());
        assertEquals("Bearer secret", auth.get());
        assertTrue(seen.get().contains("\"model\":\"qwen2.5\"") && seen.get().contains("\"role\":\"system\""), seen.get());
    }

    @Test
    void aFailingOrOffScriptModelIsUnavailableNotAHalfAnswer() throws IOException {
        start("{\"error\":\"overloaded\"}", 503, new AtomicReference<>(), new AtomicReference<>());
        var down = new OpenAiCompatibleAssistant("http://127.0.0.1:" + server.getAddress().getPort(), "m", "", Duration.ofSeconds(5));
        assertThrows(AssistantUnavailableException.class, () -> down.suggest(CONTEXT));
        server.stop(0);
        start("{\"choices\":[{\"message\":{\"content\":\"I cannot do JSON today\"}}]}", 200, new AtomicReference<>(),
                new AtomicReference<>());
        var chatty = new OpenAiCompatibleAssistant("http://127.0.0.1:" + server.getAddress().getPort(), "m", "", Duration.ofSeconds(5));
        assertThrows(AssistantUnavailableException.class, () -> chatty.adapt("t", "b", "zh"));
    }

    /** A local server speaking the chat-completions protocol, as a self-hosted model server would. */
    private void start(String reply, int status, AtomicReference<String> seen, AtomicReference<String> auth) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] out = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }
}
