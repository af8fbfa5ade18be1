package org.notegarden.community.internal.tally;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The coarse origin stored with an event: the viewer's UI locale (en, zh-CN, zh-TW, other) from
 * Accept-Language, and the viewer's country from IP location ("--" when unknown). Never more
 * precise than a country, even where content shows provinces, and never the address itself.
 */
public record Origin(String region, String locale) {
    public static final Origin UNKNOWN = new Origin("--", "other");
    // Compiled once: every counted read makes an origin, and String.matches compiled it each time.
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public static Origin of(String acceptLanguage, String ipCountry) {
        String region = ipCountry != null && COUNTRY.matcher(ipCountry).matches() ? ipCountry : "--";
        return new Origin(region, localeOf(acceptLanguage));
    }

    private static String localeOf(String header) {
        if (header == null || header.isBlank()) {
            return "other";
        }
        String first = header.split(",")[0].split(";")[0].trim();
        Locale l = Locale.forLanguageTag(first);
        String language = l.getLanguage();
        String country = l.getCountry();
        return switch (language) {
            case "en" -> "en";
            case "zh" -> "TW".equals(country) || "HK".equals(country) || "Hant".equals(l.getScript()) ? "zh-TW" : "zh-CN";
            default -> "other";
        };
    }
}
