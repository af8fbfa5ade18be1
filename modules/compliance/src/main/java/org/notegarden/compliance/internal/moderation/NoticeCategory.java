package org.notegarden.compliance.internal.moderation;

/**
 * Why something is reported, mapped to the DSA Transparency Database's statement category and,
 * where the taxonomy has one, its keyword (the schema in force since 1 July 2025, after
 * Implementing Regulation (EU) 2024/2835). Notices about child sexual abuse may be anonymous
 * (DSA Art. 16(2)(c)); every other category asks for the notifier's name and e-mail.
 */
public enum NoticeCategory {
    ILLEGAL_OR_HARMFUL_SPEECH("STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", null),
    SCAMS_AND_FRAUD("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", null),
    FAKE_ACCOUNT("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "KEYWORD_INAUTHENTIC_ACCOUNTS"),
    PORNOGRAPHY_OR_SEXUALIZED_CONTENT(TdbVocabulary.OTHER_VIOLATION_TC, "KEYWORD_ADULT_SEXUAL_MATERIAL"),
    CHILD_SAFETY("STATEMENT_CATEGORY_PROTECTION_OF_MINORS", null),
    VIOLENCE("STATEMENT_CATEGORY_VIOLENCE", null),
    SELF_HARM("STATEMENT_CATEGORY_SELF_HARM", null),
    INTELLECTUAL_PROPERTY("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS", null),
    PRIVACY("STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS", null),
    UNSAFE_PRODUCT("STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS", "KEYWORD_UNSAFE_PRODUCTS"),
    UNDISCLOSED_ADVERTISING("STATEMENT_CATEGORY_CONSUMER_INFORMATION", "KEYWORD_HIDDEN_ADVERTISEMENT"),
    SPAM(TdbVocabulary.OTHER_VIOLATION_TC, null),
    OTHER(TdbVocabulary.OTHER_VIOLATION_TC, null);

    final String dsaCategory;
    /** The Transparency Database's category_specification keyword, or null. */
    final String dsaKeyword;

    NoticeCategory(String dsaCategory, String dsaKeyword) {
        this.dsaCategory = dsaCategory;
        this.dsaKeyword = dsaKeyword;
    }

    boolean mayBeAnonymous() {
        return this == CHILD_SAFETY;
    }
}
