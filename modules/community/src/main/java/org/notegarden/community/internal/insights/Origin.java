package org.notegarden.community.internal.insights;

import java.util.Locale;

/**
 * The coarse origin stored with an event: the viewer's UI locale (en, zh-CN, zh-TW, other) and a
 * region taken from the same Accept-Language tag (zh-CN → CN); "--" when unknown. A stand-in for
 * IP-derived regions until the compliance work adds IP location; never more precise than a country.
 */
public record Origin(String region, String locale) {
    public static final Origin UNKNOWN = new Origin("--", "other");

    public static Origin fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return UNKNOWN;
        }
        String first = header.split(",")[0].split(";")[0].trim();
        Locale l = Locale.forLanguageTag(first);
        String language = l.getLanguage();
        String country = l.getCountry();
        String locale = switch (language) {
            case "en" -> "en";
            case "zh" -> "TW".equals(country) || "HK".equals(country) || "Hant".equals(l.getScript()) ? "zh-TW" : "zh-CN";
            default -> "other";
        };
        String region = country.matches("[A-Z]{2}") ? country : "--";
        return new Origin(region, locale);
    }
}
