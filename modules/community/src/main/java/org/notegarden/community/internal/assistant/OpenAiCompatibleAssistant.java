package org.notegarden.community.internal.assistant;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.notegarden.community.api.ContentAssistant;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Jsons;
import org.notegarden.platform.api.Message;

/**
 * Any OpenAI-compatible chat-completions endpoint ({@code POST <url>/chat/completions}), such as a
 * self-hosted vLLM, llama.cpp or Ollama server: configured by base URL, model and key. The model
 * is asked for JSON and its answer is read defensively; anything unusable is an
 * {@link AssistantUnavailableException}, never a half-filled suggestion.
 */
public final class OpenAiCompatibleAssistant implements ContentAssistant {
    private final HttpClient http;
    private final URI endpoint;
    private final String model;
    private final String key;
    private final Duration timeout;

    public OpenAiCompatibleAssistant(String baseUrl, String model, String key, Duration timeout) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/chat/completions");
        this.model = model;
        this.key = key;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String id() {
        return "openai:" + model;
    }

    @Override
    public Suggestions suggest(Context c) {
        String prompt = "Draft title: " + c.draftTitle() + "\nDraft text: " + c.draftBody() + "\nWriter's language: " + c.language()
                + "\nTopics of the writer's best notes: " + c.bestTopics() + "\nUTC hours their best notes were posted: "
                + c.bestHoursUtc() + "\nTheir best titles: " + c.bestTitles() + "\nTrending topics: " + c.trendingTopics()
                + "\nAnswer with JSON only: {\"titles\": [3 titles of at most 50 characters in the writer's language], "
                + "\"topics\": [up to 6 topics without #], \"postingHourUtc\": 0-23 or null, \"why\": one sentence}";
        JsonObject o = ask("You help people write notes for a lifestyle-sharing community. Be concrete; no clickbait.", prompt);
        List<String> titles = strings(o.get("titles")).stream().filter(t -> !t.isBlank() && t.codePointCount(0, t.length()) <= 50)
                .limit(5).toList();
        List<String> topics = strings(o.get("topics")).stream().map(t -> t.replace("#", "").strip()).filter(t -> !t.isEmpty())
                .limit(6).toList();
        Integer hour = o.get("postingHourUtc") instanceof jakarta.json.JsonNumber n && n.intValue() >= 0 && n.intValue() < 24
                ? n.intValue() : null;
        String why = o.get("why") instanceof JsonString s ? s.getString() : "";
        return new Suggestions(titles, topics, hour, why);
    }

    @Override
    public Adaptation adapt(String title, String body, String targetLanguage) {
        String language = "zh".equals(targetLanguage) ? "Simplified Chinese" : "English";
        JsonObject o = ask("You adapt social posts for readers of another language: natural, not word for word; keep #topics.",
                "Adapt for " + language + " readers. Title: " + title + "\nText: " + body
                        + "\nAnswer with JSON only: {\"title\": \"at most 50 characters\", \"body\": \"...\"}");
        if (!(o.get("title") instanceof JsonString t) || !(o.get("body") instanceof JsonString b)) {
            throw new AssistantUnavailableException(CommunityMessages.MODEL_ANSWER_HAD_NO_TITLE_AND_BODY);
        }
        return new Adaptation(t.getString(), b.getString(), false);
    }

    /** One chat completion; returns the JSON object in the model's reply. */
    private JsonObject ask(String system, String user) {
        String request = Jsons.createObjectBuilder().add("model", model).add("temperature", 0.7)
                .add("messages", Jsons.createArrayBuilder()
                        .add(Jsons.createObjectBuilder().add("role", "system").add("content", system))
                        .add(Jsons.createObjectBuilder().add("role", "user").add("content", user)))
                .build().toString();
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request));
        if (key != null && !key.isBlank()) {
            b.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssistantUnavailableException(Message.of(CommunityMessages.ASSISTANT_AT_N_DID_NOT_ANSWER,
                    endpoint.getHost()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssistantUnavailableException(CommunityMessages.ASSISTANT_INTERRUPTED);
        }
        if (response.statusCode() / 100 != 2) {
            throw new AssistantUnavailableException(CommunityMessages.ASSISTANT_ANSWERED_HTTP_N, response.statusCode());
        }
        try {
            String content = Jsons.createReader(new StringReader(response.body())).readObject()
                    .getJsonArray("choices").getJsonObject(0).getJsonObject("message").getString("content");
            int start = content.indexOf('{');
            int end = content.lastIndexOf('}');
            return Jsons.createReader(new StringReader(content.substring(start, end + 1))).readObject();
        } catch (RuntimeException e) {
            throw new AssistantUnavailableException(CommunityMessages.ASSISTANT_ANSWER_NOT_JSON_ASKED_FOR);
        }
    }

    private static List<String> strings(JsonValue v) {
        if (!(v instanceof JsonArray a)) {
            return List.of();
        }
        return a.stream().filter(x -> x instanceof JsonString).map(x -> ((JsonString) x).getString().strip()).toList();
    }
}
