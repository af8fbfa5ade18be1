package org.notegarden.i18n.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * UI strings in every supported language. Keys are stable dotted names ({@code nav.home});
 * a key missing in one language falls back to English, never to the key itself.
 */
public interface Messages {
    /** Supported locales, the default (English) first. */
    List<Locale> supported();

    /** The best supported match for a BCP 47 tag or Accept-Language header; English when none fits. */
    Locale negotiate(String languageTags);

    /** Every key of a locale's bundle with English filled in where a translation is missing. */
    Map<String, String> bundle(Locale locale);

    /** One message, with {@code {0}}-style arguments formatted for the locale. */
    String get(Locale locale, String key, Object... args);
}
