package org.notegarden.i18n.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The English filters skip Han, kana and Hangul tokens only because they would change nothing in
 * them: both chains give exactly the tokens (text, type, offsets, positions) they gave when every
 * token went through those filters, on text of every script the filters might meet.
 */
class NotForCjkTokensTest {
    private static final List<String> TEXTS = List.of(
            "上海的咖啡店推荐 周末去喝拿铁", "臺灣夜市美食 護膚 週末 攝影", "My favourite lattes in Shanghai", "Lily's café, the shops' lattes",
            "Café crème, naïve résumé", "Cafe\u0301 decomposed", "ＦＵＬＬ ｗｉｄｔｈ ｶﾀｶﾅ ｈｉｋｉｎｇ", "今日拿铁 #拿铁zqabcd 燕麦奶",
            "emoji 😀 ☕ 🍜 牛肉麵", "𠀀𠀁 extension B", "日本語のテキスト と 한국어 문장", "ﬁne ﬀ ligatures Æsir Œuvre ß", "ꜳ ⓐⓑ ① ⅻ",
            "123 4.5 x-y_z", "running hikers' puppies studies", "iPhone15 的 测评 reviews", "", "   ",
            "Москва Αθήνα مرحبا", "混合text在一起mixing中文English");

    @Test
    void theIndexChainGivesTheTokensItGaveWithTheEnglishFiltersOnEveryToken() throws IOException {
        assertSameTokens(everyTokenThroughEnglishFilters(true), BilingualAnalysisConfigurer.bilingualText());
    }

    @Test
    void theQueryChainGivesTheTokensItGaveWithTheEnglishFiltersOnEveryToken() throws IOException {
        assertSameTokens(everyTokenThroughEnglishFilters(false), BilingualAnalysisConfigurer.bilingualQuery());
    }

    private static void assertSameTokens(Analyzer before, Analyzer now) throws IOException {
        for (String text : TEXTS) {
            assertEquals(tokens(before, text), tokens(now, text), text);
        }
    }

    /** The chain as it was: the English filters on every token, Chinese ones too. */
    private static Analyzer everyTokenThroughEnglishFilters(boolean singleCharacters) throws IOException {
        return CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(CJKWidthFilterFactory.class).addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(TraditionalToSimplifiedFilterFactory.class)
                .addTokenFilter(CJKBigramFilterFactory.class, "outputUnigrams", String.valueOf(singleCharacters))
                .addTokenFilter(EnglishPossessiveFilterFactory.class).addTokenFilter(ASCIIFoldingFilterFactory.class)
                .addTokenFilter(PorterStemFilterFactory.class).build();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " " + type.type() + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement()
                        + "/" + length.getPositionLength());
            }
            stream.end();
            out.add("end " + stream.getAttribute(OffsetAttribute.class).endOffset());
        }
        return out;
    }
}
