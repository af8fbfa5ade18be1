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
    /**
     * How queries on {@link #TEXT} fields are analysed: the same chain, but Chinese as pairs of
     * characters only (a lone character stays one). Every pair is in the index, so nothing is
     * lost, and the single characters — 的, 咖, 店, each in a large share of all notes — are not
     * looked up for every query.
     */
    public static final String TEXT_QUERY = "notegarden_text_query";
    /** Space-separated pinyin keys made by {@link ChineseText#pinyinKeys(String)}, lower-cased. */
    public static final String PINYIN = "notegarden_pinyin";
    /** Handles and topics as one lower-cased, Simplified token, for exact matches, sorting and counting. */
    public static final String KEYWORD = "notegarden_keyword";

    private SearchAnalysis() {
    }
}
