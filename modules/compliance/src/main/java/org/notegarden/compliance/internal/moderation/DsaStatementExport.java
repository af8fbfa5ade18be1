package org.notegarden.compliance.internal.moderation;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.platform.api.Jsons;

/**
 * A statement in the shape the DSA Transparency Database accepts: attribute names, enumerations,
 * required and conditional fields, lengths and date formats as its {@code StatementStoreRequest}
 * validates them (schema of 1 July 2025). No personal data: no names, no account ids, no content;
 * the puid links it back to our records.
 */
public final class DsaStatementExport {
    /** The database refuses dates after this one. */
    private static final LocalDate LAST_DATE = LocalDate.of(2038, 1, 1);

    private DsaStatementExport() {
    }

    public static JsonObject of(Statement s) {
        JsonObjectBuilder b = Jsons.createObjectBuilder();
        Decision d = s.getDecision();
        String visibility = d.aboutAccount() ? "DECISION_VISIBILITY_CONTENT_REMOVED" : d.dsaVisibility;
        b.add("decision_visibility", Jsons.createArrayBuilder().add(visibility));
        if ("DECISION_VISIBILITY_OTHER".equals(visibility)) {
            b.add("decision_visibility_other", clip(plainWords(s), 500));
        }
        if (!d.aboutAccount()) {
            endDate(b, "end_date_visibility_restriction", s.getRestrictionEnd());
        }
        if (d == Decision.SUSPEND) {
            b.add("decision_account", "DECISION_ACCOUNT_SUSPENDED");
            endDate(b, "end_date_account_restriction", s.getRestrictionEnd());
        } else if (d == Decision.TERMINATE) {
            b.add("decision_account", "DECISION_ACCOUNT_TERMINATED");
        }
        boolean business = s.getSubjectKind() == SubjectKind.PRODUCT || s.getSubjectKind() == SubjectKind.SHOP;
        b.add("account_type", business ? "ACCOUNT_TYPE_BUSINESS" : "ACCOUNT_TYPE_PRIVATE");
        if (s.getIllegalGround() != null) {
            b.add("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
            b.add("illegal_content_legal_ground", clip(s.getIllegalGround(), 500));
            b.add("illegal_content_explanation", clip(s.getFacts(), 2000));
        } else {
            b.add("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
            b.add("incompatible_content_ground", clip(s.getPolicyClause(), 500));
            b.add("incompatible_content_explanation", clip(s.getFacts(), 2000));
            b.add("incompatible_content_illegal", "No");
        }
        b.add("category", TdbVocabulary.category(s.getCategory()));
        String keyword = s.getKeyword() != null ? s.getKeyword() : TdbVocabulary.keywordOfRenamed(s.getCategory());
        if (keyword != null) {
            b.add("category_specification", Jsons.createArrayBuilder().add(keyword));
        }
        JsonArrayBuilder types = Jsons.createArrayBuilder();
        List<String> stored = s.getContentTypes();
        (stored.isEmpty() ? List.of("CONTENT_TYPE_TEXT") : stored).forEach(types::add);
        b.add("content_type", types);
        JsonArrayBuilder scope = Jsons.createArrayBuilder();
        s.getTerritorialScope().forEach(scope::add);
        b.add("territorial_scope", scope);
        b.add("decision_facts", clip(s.getFacts(), 5000));
        b.add("source_type", switch (s.getSource()) {
            case "NOTICE" -> "SOURCE_ARTICLE_16";
            case "TRUSTED_FLAGGER" -> "SOURCE_TRUSTED_FLAGGER";
            default -> "SOURCE_VOLUNTARY";
        });
        b.add("automated_detection", s.isAutomatedDetection() ? "Yes" : "No");
        b.add("automated_decision", s.isAutomatedDecision() ? "AUTOMATED_DECISION_FULLY" : "AUTOMATED_DECISION_NOT_AUTOMATED");
        if (s.getContentLanguage() != null && s.getContentLanguage().matches("[a-z]{2}")) {
            b.add("content_language", s.getContentLanguage().toUpperCase(Locale.ROOT));
        }
        Instant made = s.getContentCreatedAt() != null ? s.getContentCreatedAt() : s.getCreatedAt();
        b.add("content_date", date(made));
        b.add("application_date", date(s.getCreatedAt()));
        b.add("puid", s.getPuid());
        return b.build();
    }

    /** End dates after the last date the database takes are left out (the restriction is open-ended there). */
    private static void endDate(JsonObjectBuilder b, String field, Instant end) {
        if (end != null && !end.atOffset(ZoneOffset.UTC).toLocalDate().isAfter(LAST_DATE)) {
            b.add(field, date(end));
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String date(Instant i) {
        return i.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The decision in words the affected person understands. */
    static String plainWords(Statement s) {
        String what = switch (s.getSubjectKind()) {
            case NOTE -> "your note";
            case COMMENT -> "your comment";
            case PRODUCT -> "your product listing";
            case SHOP -> "your shop";
            case ACCOUNT -> "your account";
        };
        return switch (s.getDecision()) {
            case NO_ACTION -> "No action was taken on " + what + ".";
            case LABEL -> "A label was added to " + what + "; it stays visible.";
            case DEMOTE -> "Your note is no longer recommended in feeds; it stays visible on your profile and by link.";
            case AGE_RESTRICT -> "Your note is shown only to signed-in adults.";
            case REMOVE -> "We removed " + what + "; only you can still see it.";
            case WARN -> "You received a warning (a strike) and the reported content was removed.";
            case SUSPEND -> "Your account is suspended until " + date(s.getRestrictionEnd())
                    + "; you can still sign in to read this and appeal.";
            case TERMINATE -> "Your account was terminated; you can still sign in to read this and appeal.";
        };
    }
}
