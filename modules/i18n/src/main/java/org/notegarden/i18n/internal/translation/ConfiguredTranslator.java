package org.notegarden.i18n.internal.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.i18n.api.Offline;
import org.notegarden.i18n.api.Translator;

/**
 * The {@link Translator} readers' "Translate" buttons use, chosen by configuration:
 * {@code notegarden.translation.provider} = {@code offline} (default, CC-CEDICT, word level),
 * {@code libretranslate} or {@code deepl}, with {@code .url}, {@code .key} and
 * {@code .timeout-ms}. A misconfigured provider is refused at first use with the key named.
 */
@ApplicationScoped
public class ConfiguredTranslator implements Translator {
    Translator offline;
    String provider;
    Optional<String> url;
    Optional<String> key;
    long timeoutMs;

    @Inject
    public ConfiguredTranslator(@Offline Translator offline, @ConfigProperty(name = "notegarden.translation.provider",
            defaultValue = "offline") String provider,
                    @ConfigProperty(name = "notegarden.translation.url") Optional<String> url,
                            @ConfigProperty(name = "notegarden.translation.key") Optional<String> key,
                                    @ConfigProperty(name = "notegarden.translation.timeout-ms",
                                            defaultValue = "8000") long timeoutMs) {
        this.offline = offline;
        this.provider = provider;
        this.url = url;
        this.key = key;
        this.timeoutMs = timeoutMs;
    }

    /** For the CDI container's proxy only. */
    protected ConfiguredTranslator() {
    }

    private volatile Translator chosen;

    @Override
    public String id() {
        return delegate().id();
    }

    @Override
    public Translation translate(String text, String from, String to) {
        return delegate().translate(text, from, to);
    }

    private Translator delegate() {
        Translator t = chosen;
        if (t == null) {
            t = choose(provider, url.orElse(null), key.orElse(null), Duration.ofMillis(timeoutMs), offline);
            chosen = t;
        }
        return t;
    }

    static Translator choose(String provider, String url, String key, Duration timeout, Translator offline) {
        String p = provider == null ? "offline" : provider.strip().toLowerCase(Locale.ROOT);
        if (p.equals("offline")) {
            return offline;
        }
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("notegarden.translation.url is required for the " + p + " translation provider");
        }
        return switch (p) {
            case "libretranslate" -> new LibreTranslateTranslator(url, key, timeout);
            case "deepl" -> new DeepLTranslator(url, key, timeout);
            default -> throw new IllegalStateException("notegarden.translation.provider must be offline, libretranslate or deepl, not " + provider);
        };
    }
}
