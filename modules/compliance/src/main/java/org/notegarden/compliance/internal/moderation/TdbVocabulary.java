package org.notegarden.compliance.internal.moderation;

import java.util.List;
import java.util.Map;

/**
 * The Transparency Database's words that Notegarden's records translate into: the territory
 * codes it accepts, and the statement categories of its first schema that its current schema
 * (1 July 2025) renamed, so statements decided before the change still export validly.
 */
final class TdbVocabulary {
    static final String OTHER_VIOLATION_TC = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC";

    /** EU and EEA countries, the only territorial scope the database takes. */
    static final List<String> EEA = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
            "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK");

    /** Old category → current category and the keyword that keeps its meaning (or null). */
    private static final Map<String, String[]> RENAMED = Map.of(
            "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE", new String[] {OTHER_VIOLATION_TC, null},
            "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT", new String[] {OTHER_VIOLATION_TC, "KEYWORD_ADULT_SEXUAL_MATERIAL"},
            "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS", new String[] {"STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS", null},
            "STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR", new String[] {"STATEMENT_CATEGORY_CYBER_VIOLENCE",
                    "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING"});

    private TdbVocabulary() {
    }

    /** The current name of a stored category. */
    static String category(String stored) {
        String[] renamed = RENAMED.get(stored);
        return renamed == null ? stored : renamed[0];
    }

    /** The keyword a renamed category carries over, or null. */
    static String keywordOfRenamed(String stored) {
        String[] renamed = RENAMED.get(stored);
        return renamed == null ? null : renamed[1];
    }

    /** The database's territory codes within a list of country codes, in its order. */
    static List<String> eeaAmong(List<String> countries) {
        return EEA.stream().filter(countries::contains).toList();
    }
}
