package org.notegarden.i18n.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.notegarden.i18n.api.Messages;

/**
 * Messages from the {@code org/notegarden/i18n/messages} property bundles (UTF-8, as Java 9+
 * reads them). Bundles are merged with English once per locale and kept.
 */
@ApplicationScoped
public class BundleMessages implements Messages {
    static final String BASE = "org.notegarden.i18n.messages";
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE);

    private final Map<Locale, Map<String, String>> cache = new ConcurrentHashMap<>();

    @Override
    public List<Locale> supported() {
        return SUPPORTED;
    }

    @Override
    public Locale negotiate(String languageTags) {
        if (languageTags == null || languageTags.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(languageTags);
            for (Locale.LanguageRange range : ranges) {
                String[] parts = range.getRange().toLowerCase(Locale.ROOT).split("-");
                if (parts[0].equals("zh")) {
                    // Traditional for Taiwan, Hong Kong, Macau and an explicit Hant script; Simplified otherwise.
                    List<String> rest = java.util.Arrays.asList(parts);
                    boolean traditional = rest.contains("hant") || rest.contains("tw") || rest.contains("hk") || rest.contains("mo");
                    return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
                }
                for (Locale l : SUPPORTED) {
                    if (l.getLanguage().equals(parts[0])) {
                        return l;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A malformed header is not the user's fault; serve the default.
        }
        return Locale.ENGLISH;
    }

    @Override
    public Map<String, String> bundle(Locale locale) {
        return cache.computeIfAbsent(negotiate(locale.toLanguageTag()), this::load);
    }

    @Override
    public String get(Locale locale, String key, Object... args) {
        String pattern = bundle(locale).getOrDefault(key, key);
        // ICU's MessageFormat: plural and select arguments ({0, plural, one {# like} other {# likes}}) per locale.
        return args.length == 0 ? pattern : new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.forLocale(locale)).format(args);
    }

    private Map<String, String> load(Locale locale) {
        Map<String, String> merged = new TreeMap<>();
        ResourceBundle english = ResourceBundle.getBundle(BASE, Locale.ROOT, getClass().getClassLoader());
        english.keySet().forEach(k -> merged.put(k, english.getString(k)));
        if (!locale.getLanguage().equals("en")) {
            ResourceBundle own = ResourceBundle.getBundle(BASE, locale, getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            own.keySet().forEach(k -> merged.put(k, own.getString(k)));
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(merged));
    }
}
