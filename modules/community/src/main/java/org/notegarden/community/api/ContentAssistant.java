package org.notegarden.community.api;

import java.util.List;

/**
 * The content assistant seam: suggests titles, topics and a posting time for a draft, and adapts
 * a note for the other language. Providers are chosen by configuration
 * ({@code notegarden.assistant.provider}): {@code offline} (the embedded default, built from the
 * account's own best notes and the platform's trending topics, adapting through the embedded
 * word-level translator) or {@code openai} (any
 * OpenAI-compatible chat-completions endpoint). Whatever a creator takes from it is labelled
 * AI-assisted by the platform.
 */
public interface ContentAssistant {
    /** A stable id shown with suggestions, e.g. "offline" or "openai:qwen2.5". */
    String id();

    Suggestions suggest(Context context);

    /**
     * The note rewritten for readers of {@code targetLanguage} ("en" or "zh").
     *
     * @throws UnsupportedOperationException when this provider cannot translate
     */
    Adaptation adapt(String title, String body, String targetLanguage);

    /**
     * What the assistant may know: the draft, the writer's language, and what worked before —
     * the topics, UTC posting hours and titles of the account's best notes — and what is trending.
     */
    record Context(String draftTitle, String draftBody, String language, List<String> bestTopics, List<Integer> bestHoursUtc,
                   List<String> bestTitles, List<String> trendingTopics) {
    }

    /** Suggested titles and topics, a posting hour (UTC, may be null) and a sentence on why. */
    record Suggestions(List<String> titles, List<String> topics, Integer postingHourUtc, String why) {
    }

    /** The adapted note; {@code wordLevel} when it is a word-by-word machine rendering (say so to the reader). */
    record Adaptation(String title, String body, boolean wordLevel) {
    }
}
