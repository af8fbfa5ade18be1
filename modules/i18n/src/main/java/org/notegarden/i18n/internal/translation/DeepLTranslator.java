package org.notegarden.i18n.internal.translation;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.notegarden.i18n.api.Translator;
import org.notegarden.platform.api.Jsons;

/**
 * A DeepL-compatible API ({@code POST /v2/translate}, JSON body with {@code text[]},
 * {@code source_lang}, {@code target_lang}; {@code Authorization: DeepL-Auth-Key …}; answers
 * {@code translations[0].text}). Chinese targets are Simplified ({@code ZH-HANS}).
 */
public class DeepLTranslator implements Translator {
    private final String url;
    private final String key;
    private final Duration timeout;

    public DeepLTranslator(String url, String key, Duration timeout) {
        this.url = url.replaceAll("/+$", "") + "/v2/translate";
        this.key = key;
        this.timeout = timeout;
    }

    @Override
    public String id() {
        return "deepl";
    }

    @Override
    public Translation translate(String text, String from, String to) {
        String body = Jsons.createObjectBuilder().add("text", Jsons.createArrayBuilder().add(text))
                .add("source_lang", from.equals("zh") ? "ZH" : "EN")
                .add("target_lang", to.equals("zh") ? "ZH-HANS" : "EN-US").build().toString();
        JsonObject answer = HttpJson.post(url, key == null || key.isBlank() ? Map.of() : Map.of("Authorization", "DeepL-Auth-Key " + key),
                body, timeout);
        try {
            JsonArray list = answer.getJsonArray("translations");
            return new Translation(list.getJsonObject(0).getString("text"), id(), false);
        } catch (RuntimeException e) {
            throw new TranslationUnavailable("the DeepL answer has no translations[0].text");
        }
    }
}
