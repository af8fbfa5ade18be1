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
    @Inject
    @ConfigProperty(name = "notegarden.assistant.provider", defaultValue = "offline")
    String provider;
    @Inject
    @ConfigProperty(name = "notegarden.assistant.url")
    java.util.Optional<String> url;
    @Inject
    @ConfigProperty(name = "notegarden.assistant.model")
    java.util.Optional<String> model;
    @Inject
    @ConfigProperty(name = "notegarden.assistant.key")
    java.util.Optional<String> key;
    @Inject
    @ConfigProperty(name = "notegarden.assistant.timeout-ms", defaultValue = "20000")
    long timeoutMillis;
    @Inject
    Translator translator;

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
