package org.notegarden.i18n.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Measures recall of the bilingual analyzer against SmartChineseAnalyzer on the same small
 * corpus and queries (each query names the documents a reader expects), and checks the folding
 * the index relies on: 咖啡 inside 咖啡店, 臺灣 → 台湾, English stems.
 */
class AnalysisRecallTest {
    private static final Map<String, String> DOCS = Map.of(
            "d1", "上海的咖啡店推荐 周末去喝拿铁",
            "d2", "台湾夜市美食 臺灣小吃",
            "d3", "My favourite lattes in Shanghai",
            "d4", "绿茶面膜使用心得",
            "d5", "防晒霜测评 夏天必备",
            "d6", "Running shoes for beginners",
            "d7", "咖啡拉花教程",
            "d8", "今日拿铁 #拿铁zqabcd 燕麦奶");
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "咖啡", List.of("d1", "d7"),
            "臺灣", List.of("d2"),
            "台湾", List.of("d2"),
            "latte", List.of("d3"),
            "面膜", List.of("d4"),
            "防晒", List.of("d5"),
            "run shoe", List.of("d6"),
            "拉花", List.of("d7"),
            "夜市", List.of("d2"),
            "拿铁zqabcd", List.of("d8"));

    @Test
    void bigramsFindWordsInsideCompoundsWhereSmartcnMissesThem() throws IOException {
        double bilingual = recall(BilingualAnalysisConfigurer.bilingualText());
        double smartcn = recall(new SmartChineseAnalyzer());
        System.out.printf("recall on %d queries: bilingual %.2f, smartcn %.2f%n", EXPECTED.size(), bilingual, smartcn);
        assertEquals(1.0, bilingual, "the bilingual analyzer finds every expected note");
        assertTrue(smartcn < bilingual, "smartcn misses some (" + smartcn + ")");
    }

    @Test
    void queriesAnalysedAsPairsOnlyFindEverythingTheFullChainFinds() throws IOException {
        double pairsOnly = recall(BilingualAnalysisConfigurer.bilingualText(), BilingualAnalysisConfigurer.bilingualQuery());
        System.out.printf("recall on %d queries with pair-only query analysis: %.2f%n", EXPECTED.size(), pairsOnly);
        assertEquals(1.0, pairsOnly);
    }

    @Test
    void theQueryChainDropsSingleCharactersBesideOthersButKeepsALoneOne() throws IOException {
        assertEquals(List.of("咖啡", "啡店"), tokens(BilingualAnalysisConfigurer.bilingualQuery(), "咖啡店"));
        assertEquals(List.of("猫"), tokens(BilingualAnalysisConfigurer.bilingualQuery(), "猫"));
        assertEquals(List.of("咖", "咖啡", "啡", "啡店", "店"), tokens(BilingualAnalysisConfigurer.bilingualText(), "咖啡店"));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    private static double recall(Analyzer analyzer) throws IOException {
        return recall(analyzer, analyzer);
    }

    private static double recall(Analyzer analyzer, Analyzer queryAnalyzer) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (var e : DOCS.entrySet()) {
                    Document d = new Document();
                    d.add(new StringField("id", e.getKey(), Field.Store.YES));
                    d.add(new TextField("text", e.getValue(), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SimpleQueryParser parser = new SimpleQueryParser(queryAnalyzer, "text");
                parser.setDefaultOperator(BooleanClause.Occur.MUST);
                int found = 0;
                int wanted = 0;
                for (var q : EXPECTED.entrySet()) {
                    var hits = searcher.search(parser.parse(q.getKey()), 10).scoreDocs;
                    List<String> ids = new java.util.ArrayList<>();
                    for (ScoreDoc sd : hits) {
                        ids.add(searcher.storedFields().document(sd.doc).get("id"));
                    }
                    for (String expected : q.getValue()) {
                        wanted++;
                        if (ids.contains(expected)) {
                            found++;
                        }
                    }
                }
                return (double) found / wanted;
            }
        }
    }
}
