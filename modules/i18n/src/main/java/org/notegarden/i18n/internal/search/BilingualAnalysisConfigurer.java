package org.notegarden.i18n.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.notegarden.i18n.api.SearchAnalysis;

/**
 * Defines the search analyzers named in {@link SearchAnalysis}, for the embedded Lucene backend
 * and for Elasticsearch/OpenSearch alike. Referenced from {@code hibernate.properties} as
 * {@code class:…} (Hibernate builds it by reflection; Payara gives it no CDI).
 *
 * <p>Why bigrams: SmartChineseAnalyzer keeps 咖啡店 as one token, so 咖啡 misses it; CJK bigrams
 * with single characters find every word inside a compound at the price of some precision, which
 * relevance ranking absorbs ({@code AnalysisRecallTest} measures both on the same queries).
 */
public class BilingualAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {
    /** The {@link SearchAnalysis#TEXT} chain, also used as it is by the recall test. */
    public static Analyzer bilingualText() {
        return chain(true);
    }

    /** The {@link SearchAnalysis#TEXT_QUERY} chain: the same, without single characters beside others. */
    public static Analyzer bilingualQuery() {
        return chain(false);
    }

    private static Analyzer chain(boolean singleCharacters) {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(CJKWidthFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(TraditionalToSimplifiedFilterFactory.class)
                    .addTokenFilter(CJKBigramFilterFactory.class, "outputUnigrams", String.valueOf(singleCharacters))
                    .when(new NotForCjkTokensFactory())
                        .addTokenFilter(EnglishPossessiveFilterFactory.class)
                        .addTokenFilter(ASCIIFoldingFilterFactory.class)
                        .addTokenFilter(PorterStemFilterFactory.class)
                    .endwhen()
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("the bilingual analyzer could not be built", e);
        }
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalysis.TEXT).instance(bilingualText());
        context.analyzer(SearchAnalysis.TEXT_QUERY).instance(bilingualQuery());
        context.analyzer(SearchAnalysis.PINYIN).custom()
                .tokenizer(WhitespaceTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
        context.normalizer(SearchAnalysis.KEYWORD).custom()
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(TraditionalToSimplifiedFilterFactory.class);
    }

    /**
     * The same chains for Elasticsearch / OpenSearch (the server needs the {@code analysis-icu}
     * plugin for {@code icu_transform}; everything else is built in).
     */
    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("ng_traditional_to_simplified").type("icu_transform").param("id", "Traditional-Simplified");
        context.tokenFilter("ng_cjk_bigram").type("cjk_bigram").param("output_unigrams", true);
        context.tokenFilter("ng_cjk_bigram_only").type("cjk_bigram").param("output_unigrams", false);
        context.tokenFilter("ng_possessive").type("stemmer").param("language", "possessive_english");
        context.analyzer(SearchAnalysis.TEXT).custom().tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "ng_traditional_to_simplified", "ng_cjk_bigram", "ng_possessive",
                        "asciifolding", "porter_stem");
        context.analyzer(SearchAnalysis.TEXT_QUERY).custom().tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "ng_traditional_to_simplified", "ng_cjk_bigram_only", "ng_possessive",
                        "asciifolding", "porter_stem");
        context.analyzer(SearchAnalysis.PINYIN).custom().tokenizer("whitespace").tokenFilters("lowercase");
        context.normalizer(SearchAnalysis.KEYWORD).custom().tokenFilters("cjk_width", "lowercase", "ng_traditional_to_simplified");
    }
}
