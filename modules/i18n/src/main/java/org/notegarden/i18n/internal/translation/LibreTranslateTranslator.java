package org.notegarden.i18n.internal.translation;

import jakarta.json.JsonString;
import java.time.Duration;
import java.util.Map;
import org.notegarden.i18n.api.Translator;
import org.notegarden.platform.api.Jsons;

/**
 * A LibreTranslate-compatible server ({@code POST /translate} with {@code q}, {@code source},
 * {@code target}, {@code format}, optional {@code api_key}; answers {@code translatedText}).
 */
public class LibreTranslateTranslator implements Translator {
    private final String url;
    private final String key;
    private final Duration timeout;

    public LibreTranslateTranslator(String url, String key, Duration timeout) {
        this.url = url.replaceAll("/+$", "") + "/translate";
        this.key = key;
        this.timeout = timeout;
    }

    @Override
    public String id() {
        return "libretranslate";
    }

    @Override
    public Translation translate(String text, String from, String to) {
        var body = Jsons.createObjectBuilder().add("q", text).add("source", from).add("target", to).add("format", "text");
        if (key != null && !key.isBlank()) {
            body.add("api_key", key);
        }
        var answer = HttpJson.post(url, Map.of(), body.build().toString(), timeout);
        if (!(answer.get("translatedText") instanceof JsonString s)) {
            throw new TranslationUnavailable("the LibreTranslate answer has no translatedText");
        }
        return new Translation(s.getString(), id(), false);
    }
}
