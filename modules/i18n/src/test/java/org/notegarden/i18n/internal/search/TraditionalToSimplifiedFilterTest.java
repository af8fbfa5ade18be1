package org.notegarden.i18n.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.icu.ICUTransformFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The remembering filter gives exactly the tokens ICU's own transform filter gives, in both chains that use it. */
class TraditionalToSimplifiedFilterTest {
    private static final List<String> TEXTS = List.of(
            "臺灣夜市美食 臺灣小吃", "上海的咖啡店推荐 周末去喝拿铁", "My favourite lattes in Shanghai", "Café crème, naïve résumé",
            "Cafe\u0301 decomposed", "ＦＵＬＬ ｗｉｄｔｈ ｶﾀｶﾅ", "今日拿铁 #拿铁zqabcd 燕麦奶", "護膚 週末 攝影 甜點 餐廳 旅遊",
            "乾隆 乾燥 後來 發財 頭髮", "emoji 😀 ☕ 🍜 牛肉麵", "𠀀𠀁 extension B", "日本語のテキスト と 한국어", "123 4.5 x-y_z",
            "", "   ", "髮型 頭髮 理髮店");

    @Test
    void theTextChainGivesTheSameTokensAsWithIcusTransformFilter() throws IOException {
        Analyzer icu = CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(CJKWidthFilterFactory.class).addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(ICUTransformFilterFactory.class, "id", "Traditional-Simplified")
                .addTokenFilter(CJKBigramFilterFactory.class, "outputUnigrams", "true")
                .addTokenFilter(EnglishPossessiveFilterFactory.class).addTokenFilter(ASCIIFoldingFilterFactory.class)
                .addTokenFilter(PorterStemFilterFactory.class).build();
        Analyzer ours = BilingualAnalysisConfigurer.bilingualText();
        for (int round = 0; round < 2; round++) { // the second round reads what the first remembered
            for (String text : TEXTS) {
                assertEquals(tokens(icu, text), tokens(ours, text), text);
            }
        }
    }

    @Test
    void theKeywordChainGivesTheSameTokensAsWithIcusTransformFilter() throws IOException {
        Analyzer icu = CustomAnalyzer.builder().withTokenizer(KeywordTokenizerFactory.class)
                .addTokenFilter(CJKWidthFilterFactory.class).addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(ICUTransformFilterFactory.class, "id", "Traditional-Simplified").build();
        Analyzer ours = CustomAnalyzer.builder().withTokenizer(KeywordTokenizerFactory.class)
                .addTokenFilter(CJKWidthFilterFactory.class).addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(TraditionalToSimplifiedFilterFactory.class).build();
        for (String text : TEXTS) {
            assertEquals(tokens(icu, text), tokens(ours, text), text);
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
