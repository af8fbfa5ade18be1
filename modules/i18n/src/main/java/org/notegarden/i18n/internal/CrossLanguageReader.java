package org.notegarden.i18n.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.notegarden.i18n.api.ChineseText;
import org.notegarden.i18n.api.CrossLanguageQuery;
import org.notegarden.i18n.internal.search.BilingualAnalysisConfigurer;

/**
 * Reads a search query in the other language, word by word, with every rendering people use:
 * the query is cut into the longest words and phrases the lexicon knows (Chinese by longest
 * match, English up to three words with plural and -ing/-ed endings tried), and each gets the
 * lifestyle glossary's renderings first, then the dictionary's (all senses, not only the first).
 * A search then asks for every word in any of its renderings.
 *
 * <p>English words the lexicon does not know (brand names, model numbers) are kept as written,
 * since Chinese posts write them so too; function words ("the", "for") are dropped. A query
 * nothing of which is known has no reading, nor has a Chinese query with a character that
 * nothing renders.
 */
final class CrossLanguageReader {
    /** Per word, at most this many renderings: enough for the common ones, few enough for a fast query. */
    static final int RENDERINGS = 5;
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'&-]*");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to",
            "with", "by", "from", "my", "your", "our", "is", "are", "be", "i", "we", "you", "it", "this", "that", "best", "good");

    private final CedictDictionary dictionary;
    private final LifestyleGlossary glossary;
    /** The search's own query chain: renderings it reads alike are one rendering (see {@link #renderings}). */
    private final Analyzer queryAnalysis = BilingualAnalysisConfigurer.bilingualQuery();

    CrossLanguageReader(CedictDictionary dictionary, LifestyleGlossary glossary) {
        this.dictionary = dictionary;
        this.glossary = glossary;
    }

    Optional<CrossLanguageQuery> read(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return ChineseText.hasHan(text) ? readChinese(ChineseText.toSimplified(text)) : readEnglish(text);
    }

    private Optional<CrossLanguageQuery> readChinese(String text) {
        int[] cps = text.codePoints().toArray();
        List<List<String>> words = new ArrayList<>();
        boolean known = false;
        int i = 0;
        while (i < cps.length) {
            if (CedictTranslator.isHan(cps[i])) {
                int longest = Math.min(Math.max(dictionary.longestHeadword, glossary.longestChinese), cps.length - i);
                int length = 0;
                List<String> renderings = List.of();
                for (int n = longest; n >= 1 && length == 0; n--) {
                    if (!allHan(cps, i, n)) {
                        continue;
                    }
                    String word = new String(cps, i, n);
                    renderings = renderings(glossary.chineseToEnglish.getOrDefault(word, List.of()), dictionary.searchPhrasesOf(word));
                    if (!renderings.isEmpty()) {
                        length = n;
                    }
                }
                if (length > 0) {
                    words.add(renderings);
                    known = true;
                    i += length;
                } else {
                    // A character nothing renders: leaving it out would ask the other language for
                    // less than the query says (焙茶 read as "tea"), so there is no reading at all.
                    return Optional.empty();
                }
            } else if (Character.isLetterOrDigit(cps[i])) {
                int end = i;
                while (end < cps.length && !CedictTranslator.isHan(cps[end]) && Character.isLetterOrDigit(cps[end])) {
                    end++;
                }
                words.add(List.of(new String(cps, i, end - i).toLowerCase(Locale.ROOT)));
                i = end;
            } else {
                i++;
            }
        }
        return known ? Optional.of(new CrossLanguageQuery(display(words), words)) : Optional.empty();
    }

    private Optional<CrossLanguageQuery> readEnglish(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = ENGLISH_WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
        }
        List<List<String>> words = new ArrayList<>();
        boolean known = false;
        int i = 0;
        while (i < tokens.size()) {
            int longest = Math.min(Math.max(3, glossary.longestEnglishWords), tokens.size() - i);
            List<String> renderings = List.of();
            int length = 0;
            for (int n = longest; n >= 1 && length == 0; n--) {
                List<String> forms = phraseForms(tokens.subList(i, i + n));
                // The glossary under any form ("dumplings" is there as "dumpling") before the dictionary's first known form.
                List<String> fromGlossary = new ArrayList<>();
                forms.forEach(phrase -> fromGlossary.addAll(glossary.englishToChinese.getOrDefault(phrase, List.of())));
                List<String> fromDictionary = forms.stream().map(dictionary.phraseToChinese::getList).filter(java.util.Objects::nonNull)
                        .findFirst().map(List::of).orElse(List.of());
                renderings = renderings(fromGlossary, fromDictionary);
                if (!renderings.isEmpty()) {
                    length = n;
                }
            }
            String token = tokens.get(i);
            if (length > 0 && !(length == 1 && FUNCTION_WORDS.contains(token))) {
                words.add(renderings);
                known = true;
                i += length;
            } else {
                if (!FUNCTION_WORDS.contains(token)) {
                    words.add(List.of(token)); // a name or number: Chinese posts write it as it is
                }
                i++;
            }
        }
        return known ? Optional.of(new CrossLanguageQuery(display(words), words)) : Optional.empty();
    }

    /** The phrase as typed, then with its last word's plural or -ing/-ed ending taken off ("beef noodles" → "beef noodle"). */
    static List<String> phraseForms(List<String> words) {
        String head = String.join(" ", words.subList(0, words.size() - 1));
        String last = words.get(words.size() - 1);
        Set<String> forms = new LinkedHashSet<>();
        for (String form : List.of(last, last.replaceAll("ies$", "y"), last.replaceAll("es$", ""), last.replaceAll("s$", ""),
                last.replaceAll("ing$", "e"), last.replaceAll("ing$", ""), last.replaceAll("ed$", ""), last.replaceAll("d$", ""))) {
            if (!form.isEmpty()) {
                forms.add(head.isEmpty() ? form : head + " " + form);
            }
        }
        return List.copyOf(forms);
    }

    /**
     * The glossary's renderings, then the dictionary's, at most {@link #RENDERINGS}, and only one of
     * those the search reads alike ("café" and "cafe", "hiking" and "hike", "recommend" and
     * "recommendation" are the same terms after folding and stemming). Each rendering is a clause of
     * the search: a second one with the same terms counted that word twice in the score and cost a
     * clause for nothing, and took the place of a rendering that finds other notes.
     */
    private List<String> renderings(List<String> fromGlossary, List<String> fromDictionary) {
        Map<String, String> bySearchedTerms = new LinkedHashMap<>();
        for (List<String> source : List.of(fromGlossary, fromDictionary)) {
            for (String rendering : source) {
                if (bySearchedTerms.size() == RENDERINGS) {
                    return List.copyOf(bySearchedTerms.values());
                }
                bySearchedTerms.putIfAbsent(searchedTerms(rendering), rendering);
            }
        }
        return List.copyOf(bySearchedTerms.values());
    }

    /** The terms a rendering is searched for, in order; the rendering itself if the chain leaves none. */
    private String searchedTerms(String rendering) {
        StringBuilder terms = new StringBuilder();
        try (TokenStream tokens = queryAnalysis.tokenStream("text", rendering)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.append(terms.isEmpty() ? "" : " ").append(term);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.isEmpty() ? rendering : terms.toString();
    }

    private static String display(List<List<String>> words) {
        return String.join(" ", words.stream().map(w -> w.get(0)).toList());
    }

    private static boolean allHan(int[] cps, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!CedictTranslator.isHan(cps[k])) {
                return false;
            }
        }
        return true;
    }
}
