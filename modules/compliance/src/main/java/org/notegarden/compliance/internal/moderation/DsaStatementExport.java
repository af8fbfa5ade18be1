package org.notegarden.compliance.internal.moderation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A statement in the shape the DSA Transparency Database API accepts (attribute names and
 * enumerations as documented at transparency.dsa.ec.europa.eu). No personal data: no names,
 * no account ids, no content — the puid links it back to our records.
 */
final class DsaStatementExport {
    private DsaStatementExport() {
    }

    static JsonObject of(Statement s) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        Decision d = s.getDecision();
        if (d.dsaVisibility != null && !d.aboutAccount()) {
            b.add("decision_visibility", Json.createArrayBuilder().add(d.dsaVisibility));
            if (s.getRestrictionEnd() != null) {
                b.add("end_date_visibility_restriction", date(s.getRestrictionEnd()));
            }
        }
        if (d.aboutAccount()) {
            b.add("decision_visibility", Json.createArrayBuilder().add("DECISION_VISIBILITY_CONTENT_REMOVED"));
            if (d == Decision.SUSPEND) {
                b.add("decision_account", "DECISION_ACCOUNT_SUSPENDED");
                if (s.getRestrictionEnd() != null) {
                    b.add("end_date_account_restriction", date(s.getRestrictionEnd()));
                }
            } else if (d == Decision.TERMINATE) {
                b.add("decision_account", "DECISION_ACCOUNT_TERMINATED");
            }
        }
        b.add("account_type", "ACCOUNT_TYPE_PRIVATE");
        if (s.getIllegalGround() != null) {
            b.add("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
            b.add("illegal_content_legal_ground", s.getIllegalGround());
            b.add("illegal_content_explanation", s.getFacts());
        } else {
            b.add("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
            b.add("incompatible_content_ground", s.getPolicyClause());
            b.add("incompatible_content_explanation", s.getFacts());
        }
        b.add("category", s.getCategory());
        b.add("content_type", contentTypes(s));
        b.add("decision_facts", s.getFacts());
        b.add("source_type", switch (s.getSource()) {
            case "NOTICE" -> "SOURCE_ARTICLE_16";
            case "TRUSTED_FLAGGER" -> "SOURCE_TRUSTED_FLAGGER";
            default -> "SOURCE_VOLUNTARY";
        });
        b.add("automated_detection", s.isAutomatedDetection() ? "Yes" : "No");
        b.add("automated_decision", s.isAutomatedDecision() ? "AUTOMATED_DECISION_FULLY" : "AUTOMATED_DECISION_NOT_AUTOMATED");
        if (s.getContentLanguage() != null && !"other".equals(s.getContentLanguage())) {
            b.add("content_language", s.getContentLanguage().toUpperCase(java.util.Locale.ROOT));
        }
        b.add("application_date", date(s.getCreatedAt()));
        b.add("puid", s.getPuid());
        return b.build();
    }

    private static JsonArrayBuilder contentTypes(Statement s) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        switch (s.getSubjectKind()) {
            case PRODUCT, SHOP -> a.add("CONTENT_TYPE_PRODUCT");
            default -> a.add("CONTENT_TYPE_TEXT");
        }
        return a;
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
