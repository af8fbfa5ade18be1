package org.notegarden.community.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Notes whose words follow Zipf's law (the frequency of the word of rank r is proportional to
 * 1/r), as words do in real text: a handful of very common words, a long tail of rare ones. The
 * benchmark's lifestyle words ({@link BenchCorpus#ZH}, {@link BenchCorpus#EN}) take ranks 20, 45,
 * 70, … so a query word is in a few percent of the notes, not in most of them; every other rank is
 * a made-up filler word (Chinese: one or two Han characters that no lifestyle word uses; English:
 * two or three syllables). Note shapes (kinds, lengths, topics) come from {@link BenchCorpus};
 * Traditional spellings and plurals are drawn as in the uniform vocabulary.
 */
final class ZipfWords {
    static final int RANKS = 30_000;
    private static final int FIRST_LIFESTYLE_RANK = 20;
    private static final int LIFESTYLE_RANK_STEP = 25;
    private static final double[] CUMULATIVE = cumulative();
    private static final String[] ZH_WORDS = zhWords();
    private static final String[] EN_WORDS = enWords();

    private ZipfWords() {
    }

    /** The words of {@link BenchCorpus#note(long, BenchCorpus.Vocabulary)} for the Zipf vocabulary. */
    static final BenchCorpus.Words WORDS = new BenchCorpus.Words() {
        public String zh(Random r, int words, boolean punctuate) {
            return ZipfWords.zh(r, words, punctuate);
        }

        public String en(Random r, int words) {
            return ZipfWords.en(r, words);
        }
    };

    private static String zh(Random r, int words, boolean punctuate) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = ZH_WORDS[rank(r)];
            // As in the uniform vocabulary, one lifestyle word in eight is written in Traditional characters.
            boolean lifestyle = BenchCorpus.ZH.contains(word);
            b.append(lifestyle && r.nextInt(8) == 0 ? BenchCorpus.ZH_HANT.get(r.nextInt(BenchCorpus.ZH_HANT.size())) : word);
            if (punctuate && r.nextInt(6) == 0) {
                b.append('，');
            }
        }
        return b.toString();
    }

    private static String en(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(' ');
            }
            String word = EN_WORDS[rank(r)];
            b.append(r.nextInt(5) == 0 && BenchCorpus.EN.contains(word) ? word + "s" : word);
        }
        return b.toString();
    }

    /** A rank from 0 (the most frequent) to RANKS - 1, drawn with Zipf's frequencies. */
    private static int rank(Random r) {
        int found = Arrays.binarySearch(CUMULATIVE, r.nextDouble());
        return Math.min(RANKS - 1, found >= 0 ? found : -found - 1);
    }

    private static double[] cumulative() {
        double[] c = new double[RANKS];
        double sum = 0;
        for (int k = 0; k < RANKS; k++) {
            sum += 1.0 / (k + 1);
            c[k] = sum;
        }
        for (int k = 0; k < RANKS; k++) {
            c[k] /= sum;
        }
        return c;
    }

    private static boolean lifestyleRank(int rank) {
        return rank >= FIRST_LIFESTYLE_RANK && (rank - FIRST_LIFESTYLE_RANK) % LIFESTYLE_RANK_STEP == 0;
    }

    private static String[] zhWords() {
        // Filler characters: common-range Han characters that no lifestyle word (or its Traditional
        // spelling) contains, so filler never forms a query word.
        StringBuilder lifestyleChars = new StringBuilder();
        BenchCorpus.ZH.forEach(lifestyleChars::append);
        BenchCorpus.ZH_HANT.forEach(lifestyleChars::append);
        List<Character> pool = new ArrayList<>();
        for (char c = '\u4e00'; c < '\u9fa5' && pool.size() < 3000; c += 7) {
            if (lifestyleChars.indexOf(String.valueOf(c)) < 0) {
                pool.add(c);
            }
        }
        return words(BenchCorpus.ZH, rank -> {
            Random r = new Random(rank * 31L + 5);
            String one = String.valueOf(pool.get(r.nextInt(pool.size())));
            return rank < FIRST_LIFESTYLE_RANK ? one : one + pool.get(r.nextInt(pool.size()));
        });
    }

    private static String[] enWords() {
        String[] onsets = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr", "pl"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ou"};
        return words(BenchCorpus.EN, rank -> {
            Random r = new Random(rank * 31L + 11);
            StringBuilder w = new StringBuilder("q"); // no English word starts "q" + consonant: never a real or lifestyle word
            for (int s = 0, n = 2 + r.nextInt(2); s < n; s++) {
                w.append(onsets[r.nextInt(onsets.length)]).append(vowels[r.nextInt(vowels.length)]);
            }
            return w.toString();
        });
    }

    private static String[] words(List<String> lifestyle, java.util.function.IntFunction<String> filler) {
        String[] words = new String[RANKS];
        int next = 0;
        for (int rank = 0; rank < RANKS; rank++) {
            words[rank] = lifestyleRank(rank) && next < lifestyle.size() ? lifestyle.get(next++) : filler.apply(rank);
        }
        return words;
    }
}
