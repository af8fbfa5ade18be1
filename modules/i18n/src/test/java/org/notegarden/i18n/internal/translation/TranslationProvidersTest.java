package org.notegarden.i18n.internal.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.i18n.api.Translator;

/** The HTTP providers against a local server speaking each API, and the configured choice. */
class TranslationProvidersTest {
    private HttpServer server;
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private final AtomicReference<String> lastAuth = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = "{}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            lastAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void libreTranslate() {
        answer = "{\"translatedText\":\"上海的咖啡店\"}";
        Translator t = new LibreTranslateTranslator(base() + "/", "k1", Duration.ofSeconds(5));
        Translator.Translation r = t.translate("coffee shops in Shanghai", "en", "zh");
        assertEquals("上海的咖啡店", r.text());
        assertFalse(r.wordLevel());
        assertTrue(lastBody.get().contains("\"q\":\"coffee shops in Shanghai\"") && lastBody.get().contains("\"api_key\":\"k1\""),
                lastBody.get());
        assertTrue(lastBody.get().contains("\"source\":\"en\"") && lastBody.get().contains("\"target\":\"zh\""));
    }

    @Test
    void deepl() {
        answer = "{\"translations\":[{\"detected_source_language\":\"ZH\",\"text\":\"Coffee shops in Shanghai\"}]}";
        Translator t = new DeepLTranslator(base(), "secret", Duration.ofSeconds(5));
        assertEquals("Coffee shops in Shanghai", t.translate("上海的咖啡店", "zh", "en").text());
        assertEquals("DeepL-Auth-Key secret", lastAuth.get());
        assertTrue(lastBody.get().contains("\"target_lang\":\"EN-US\"") && lastBody.get().contains("\"source_lang\":\"ZH\""), lastBody.get());
    }

    @Test
    void failuresAreUnavailableNotHalfAnswers() {
        status = 503;
        assertThrows(TranslationUnavailable.class, () -> new DeepLTranslator(base(), "k", Duration.ofSeconds(5)).translate("x", "en", "zh"));
        status = 200;
        answer = "not json";
        assertThrows(TranslationUnavailable.class, () -> new LibreTranslateTranslator(base(), null, Duration.ofSeconds(5)).translate("x", "en", "zh"));
        answer = "{\"translations\":[]}";
        assertThrows(TranslationUnavailable.class, () -> new DeepLTranslator(base(), "k", Duration.ofSeconds(5)).translate("x", "en", "zh"));
    }

    @Test
    void configurationChoosesTheProvider() {
        Translator offline = new Translator() {
            public String id() { return "cc-cedict"; }
            public Translation translate(String text, String from, String to) { return new Translation(text, id(), true); }
        };
        assertEquals("cc-cedict", ConfiguredTranslator.choose(null, null, null, Duration.ofSeconds(1), offline).id());
        assertEquals("deepl", ConfiguredTranslator.choose("DeepL", base(), "k", Duration.ofSeconds(1), offline).id());
        assertEquals("libretranslate", ConfiguredTranslator.choose("libretranslate", base(), null, Duration.ofSeconds(1), offline).id());
        var missingUrl = assertThrows(IllegalStateException.class, () -> ConfiguredTranslator.choose("deepl", null, "k", Duration.ofSeconds(1), offline));
        assertTrue(missingUrl.getMessage().contains("notegarden.translation.url"));
        assertThrows(IllegalStateException.class, () -> ConfiguredTranslator.choose("babelfish", base(), null, Duration.ofSeconds(1), offline));
    }
}
