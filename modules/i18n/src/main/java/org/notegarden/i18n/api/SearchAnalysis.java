package org.notegarden.i18n.api;

/**
 * Names of the analyzers this module defines for the search index (Hibernate Search resolves
 * them by name), so every module that indexes text analyses it the same way.
 */
public final class SearchAnalysis {
    /**
     * English and Chinese in one field: width folding, lower case, Traditional → Simplified, CJK
     * bigrams plus single characters (so 咖啡 is found inside 咖啡店), English possessives and
     * Porter stemming (so "lattes" finds "latte").
     */
    public static final String TEXT = "notegarden_text";
    /** Space-separated pinyin keys made by {@link ChineseText#pinyinKeys(String)}, lower-cased. */
    public static final String PINYIN = "notegarden_pinyin";
    /** Handles and topics as one lower-cased, Simplified token, for exact matches, sorting and counting. */
    public static final String KEYWORD = "notegarden_keyword";

    private SearchAnalysis() {
    }
}
