package org.notegarden.community.internal.assistant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.community.api.ContentAssistant;
import org.notegarden.i18n.api.Translator;

/**
 * Picks the provider from configuration: {@code notegarden.assistant.provider} = {@code offline}
 * (default) or {@code openai}, the latter with {@code notegarden.assistant.url},
 * {@code .model}, {@code .key} and {@code .timeout-ms}.
 */
@ApplicationScoped
public class AssistantChoice {
    String provider;
    java.util.Optional<String> url;
    java.util.Optional<String> model;
    java.util.Optional<String> key;
    long timeoutMillis;
    Translator translator;

    @Inject
    public AssistantChoice(@ConfigProperty(name = "notegarden.assistant.provider",
            defaultValue = "offline") String provider,
                    @ConfigProperty(name = "notegarden.assistant.url") java.util.Optional<String> url,
                            @ConfigProperty(name = "notegarden.assistant.model") java.util.Optional<String> model,
                                    @ConfigProperty(name = "notegarden.assistant.key") java.util.Optional<String> key,
                                            @ConfigProperty(name = "notegarden.assistant.timeout-ms",
                                                    defaultValue = "20000") long timeoutMillis, Translator translator) {
        this.provider = provider;
        this.url = url;
        this.model = model;
        this.key = key;
        this.timeoutMillis = timeoutMillis;
        this.translator = translator;
    }

    /** For the CDI container's proxy only. */
    protected AssistantChoice() {
    }

    @Produces
    @ApplicationScoped
    ContentAssistant assistant() {
        if ("openai".equals(provider)) {
            if (url.isEmpty() || model.isEmpty()) {
                throw new IllegalStateException("notegarden.assistant.provider=openai needs notegarden.assistant.url and .model");
            }
            return new OpenAiCompatibleAssistant(url.get(), model.get(), key.orElse(null), Duration.ofMillis(timeoutMillis));
        }
        if (!"offline".equals(provider)) {
            throw new IllegalStateException("notegarden.assistant.provider must be offline or openai, not " + provider);
        }
        return new OfflineAssistant(translator);
    }
}
