package org.notegarden.compliance.internal.moderation;

/**
 * Why something is reported, mapped to the DSA Transparency Database's statement categories.
 * Notices about child sexual abuse may be anonymous (DSA Art. 16(2)(c)); every other category
 * asks for the notifier's name and e-mail.
 */
public enum NoticeCategory {
    ILLEGAL_OR_HARMFUL_SPEECH("STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"),
    SCAMS_AND_FRAUD("STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
    PORNOGRAPHY_OR_SEXUALIZED_CONTENT("STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT"),
    CHILD_SAFETY("STATEMENT_CATEGORY_PROTECTION_OF_MINORS"),
    VIOLENCE("STATEMENT_CATEGORY_VIOLENCE"),
    SELF_HARM("STATEMENT_CATEGORY_SELF_HARM"),
    INTELLECTUAL_PROPERTY("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"),
    PRIVACY("STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"),
    UNSAFE_PRODUCT("STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS"),
    UNDISCLOSED_ADVERTISING("STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE"),
    SPAM("STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE"),
    OTHER("STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE");

    final String dsaCategory;

    NoticeCategory(String dsaCategory) {
        this.dsaCategory = dsaCategory;
    }

    boolean mayBeAnonymous() {
        return this == CHILD_SAFETY;
    }
}
