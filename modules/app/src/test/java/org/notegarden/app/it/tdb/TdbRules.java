package org.notegarden.app.it.tdb;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The DSA Transparency Database's validation of one statement, written for the tests from its
 * published {@code StatementStoreRequest} rules and {@code Statement} enumerations (repository
 * digital-services-act/transparency-database, schema of 1 July 2025) — not from Notegarden's
 * exporter, so a statement the exporter gets wrong is refused here as it would be there.
 */
final class TdbRules {
    static final Set<String> VISIBILITIES = Set.of("DECISION_VISIBILITY_CONTENT_REMOVED", "DECISION_VISIBILITY_CONTENT_DISABLED",
            "DECISION_VISIBILITY_CONTENT_DEMOTED", "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
            "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED", "DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER");
    static final Set<String> MONETARY = Set.of("DECISION_MONETARY_SUSPENSION", "DECISION_MONETARY_TERMINATION", "DECISION_MONETARY_OTHER");
    static final Set<String> PROVISIONS = Set.of("DECISION_PROVISION_PARTIAL_SUSPENSION", "DECISION_PROVISION_TOTAL_SUSPENSION",
            "DECISION_PROVISION_PARTIAL_TERMINATION", "DECISION_PROVISION_TOTAL_TERMINATION");
    static final Set<String> ACCOUNTS = Set.of("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED");
    static final Set<String> ACCOUNT_TYPES = Set.of("ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE");
    static final Set<String> GROUNDS = Set.of("DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
    static final Set<String> CONTENT_TYPES = Set.of("CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE",
            "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO", "CONTENT_TYPE_OTHER");
    static final Set<String> CATEGORIES = Set.of("STATEMENT_CATEGORY_ANIMAL_WELFARE", "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
            "STATEMENT_CATEGORY_CYBER_VIOLENCE", "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
            "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
            "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS", "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
            "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
            "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "STATEMENT_CATEGORY_SELF_HARM",
            "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS", "STATEMENT_CATEGORY_VIOLENCE");
    /** The keywords a statement of this product can use, a subset of the database's list. */
    static final Set<String> KEYWORDS = Set.of("KEYWORD_ADULT_SEXUAL_MATERIAL", "KEYWORD_HIDDEN_ADVERTISEMENT",
            "KEYWORD_INAUTHENTIC_ACCOUNTS", "KEYWORD_INAUTHENTIC_LISTINGS", "KEYWORD_INAUTHENTIC_USER_REVIEWS",
            "KEYWORD_UNSAFE_PRODUCTS", "KEYWORD_PROHIBITED_PRODUCTS", "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING", "KEYWORD_HATE_SPEECH",
            "KEYWORD_PHISHING", "KEYWORD_OTHER");
    static final Set<String> SOURCES = Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER", "SOURCE_TYPE_OTHER_NOTIFICATION",
            "SOURCE_VOLUNTARY");
    static final Set<String> AUTOMATED_DECISIONS = Set.of("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY",
            "AUTOMATED_DECISION_NOT_AUTOMATED");
    static final Set<String> YES_NO = Set.of("Yes", "No");
    static final Set<String> EEA = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
            "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK");
    static final Set<String> LANGUAGES = Arrays.stream(Locale.getISOLanguages()).map(l -> l.toUpperCase(Locale.ROOT))
            .collect(Collectors.toSet());

    private final JsonObject s;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private TdbRules(JsonObject statement) {
        this.s = statement;
    }

    /** The validator's messages by field; empty when the statement is valid. */
    static Map<String, List<String>> check(JsonObject statement) {
        TdbRules r = new TdbRules(statement);
        r.run();
        return r.errors;
    }

    private void run() {
        boolean anyDecision = has("decision_visibility") || has("decision_monetary") || has("decision_provision") || has("decision_account");
        if (!anyDecision) {
            fail("decision_visibility", "The decision visibility field is required when none of decision monetary / decision provision / decision account are present.");
        }
        arrayIn("decision_visibility", VISIBILITIES, false);
        boolean visibilityOther = strings("decision_visibility").contains("DECISION_VISIBILITY_OTHER");
        if (visibilityOther) {
            requiredText("decision_visibility_other", 500);
        }
        in("decision_monetary", MONETARY, false);
        if ("DECISION_MONETARY_OTHER".equals(text("decision_monetary"))) {
            requiredText("decision_monetary_other", 500);
        }
        in("decision_provision", PROVISIONS, false);
        in("decision_account", ACCOUNTS, false);
        in("account_type", ACCOUNT_TYPES, false);
        arrayIn("category_specification", KEYWORDS, false);
        in("decision_ground", GROUNDS, true);
        if ("DECISION_GROUND_ILLEGAL_CONTENT".equals(text("decision_ground"))) {
            requiredText("illegal_content_legal_ground", 500);
            requiredText("illegal_content_explanation", 2000);
        }
        if ("DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(text("decision_ground"))) {
            requiredText("incompatible_content_ground", 500);
            requiredText("incompatible_content_explanation", 2000);
            in("incompatible_content_illegal", YES_NO, false);
        }
        arrayIn("content_type", CONTENT_TYPES, true);
        if (strings("content_type").contains("CONTENT_TYPE_OTHER")) {
            requiredText("content_type_other", 500);
        }
        in("category", CATEGORIES, true);
        // Its documentation calls the territorial scope required; its validator lets it be absent.
        arrayIn("territorial_scope", EEA, true);
        in("content_language", LANGUAGES, false);
        date("content_date", true, LocalDate.of(2000, 1, 1));
        date("application_date", true, LocalDate.of(2020, 1, 1));
        for (String end : List.of("end_date_account_restriction", "end_date_monetary_restriction", "end_date_service_restriction",
                "end_date_visibility_restriction")) {
            date(end, false, LocalDate.MIN);
        }
        requiredText("decision_facts", 5000);
        in("source_type", SOURCES, true);
        in("automated_detection", YES_NO, true);
        in("automated_decision", AUTOMATED_DECISIONS, true);
        requiredText("puid", 500);
        if (has("puid") && !text("puid").matches("[a-zA-Z0-9_-]+")) {
            fail("puid", "The puid format is invalid.");
        }
    }

    private boolean has(String field) {
        return s.containsKey(field) && s.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    private String text(String field) {
        return has(field) && s.get(field) instanceof JsonString j ? j.getString() : null;
    }

    private List<String> strings(String field) {
        if (!has(field) || !(s.get(field) instanceof JsonArray a)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        a.forEach(v -> out.add(v instanceof JsonString j ? j.getString() : v.toString()));
        return out;
    }

    private void requiredText(String field, int max) {
        String v = text(field);
        if (v == null || v.isBlank()) {
            fail(field, "The " + field.replace('_', ' ') + " field is required.");
        } else if (v.length() > max) {
            fail(field, "The " + field.replace('_', ' ') + " field must not be greater than " + max + " characters.");
        }
    }

    private void in(String field, Set<String> allowed, boolean required) {
        if (!has(field)) {
            if (required) {
                fail(field, "The " + field.replace('_', ' ') + " field is required.");
            }
            return;
        }
        if (!allowed.contains(text(field))) {
            fail(field, "The selected " + field.replace('_', ' ') + " is invalid.");
        }
    }

    private void arrayIn(String field, Set<String> allowed, boolean required) {
        if (!has(field)) {
            if (required) {
                fail(field, "The " + field.replace('_', ' ') + " field is required.");
            }
            return;
        }
        if (!(s.get(field) instanceof JsonArray)) {
            fail(field, "The " + field.replace('_', ' ') + " field must be an array.");
            return;
        }
        Predicate<String> bad = v -> !allowed.contains(v);
        if (strings(field).stream().anyMatch(bad) || (required && strings(field).isEmpty())) {
            fail(field, "The selected " + field.replace('_', ' ') + " is invalid.");
        }
    }

    private void date(String field, boolean required, LocalDate earliest) {
        if (!has(field)) {
            if (required) {
                fail(field, "The " + field.replace('_', ' ') + " field is required.");
            }
            return;
        }
        String v = text(field);
        try {
            if (v == null || !v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("format", String.valueOf(v), 0);
            }
            LocalDate d = LocalDate.parse(v);
            if (d.isBefore(earliest) || d.isAfter(LocalDate.of(2038, 1, 1))) {
                fail(field, "The " + field.replace('_', ' ') + " is out of range.");
            }
        } catch (DateTimeParseException e) {
            fail(field, "The " + field.replace('_', ' ') + " does not match the format YYYY-MM-DD.");
        }
    }

    private void fail(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
