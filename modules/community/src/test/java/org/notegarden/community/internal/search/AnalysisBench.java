package org.notegarden.community.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.notegarden.i18n.internal.search.BilingualAnalysisConfigurer;

/**
 * What analysing notes costs, alone: the index chain ({@code SearchAnalysis.TEXT}) over the title
 * and body of the search benchmark's generated notes, in one thread, as notes and tokens per
 * second. Building the index spends a third of its CPU analysing text (async-profiler), and this
 * measures a change to the chain without a database, a writer or merges around it:
 * <pre>
 * (cd modules/community &amp;&amp; mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt &amp;&amp; \
 *  java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.notegarden.community.internal.search.AnalysisBench [notes] [zipf])
 * </pre>
 * Each pass is measured after unmeasured ones have let the JIT compile the chain.
 */
public final class AnalysisBench {
    private AnalysisBench() {
    }

    public static void main(String[] args) {
        int notes = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        BenchCorpus.Vocabulary vocabulary = args.length > 1 && args[1].equals("zipf") ? BenchCorpus.Vocabulary.ZIPF
                : BenchCorpus.Vocabulary.UNIFORM;
        BenchCorpus.Text[] corpus = new BenchCorpus.Text[notes];
        for (int i = 0; i < notes; i++) {
            corpus[i] = BenchCorpus.note(i, vocabulary);
        }
        try (Analyzer text = BilingualAnalysisConfigurer.bilingualText()) {
            for (int pass = 1; pass <= 8; pass++) {
                long t0 = System.nanoTime();
                long tokens = 0;
                for (BenchCorpus.Text t : corpus) {
                    tokens += count(text, "title", t.title()) + count(text, "body", t.body());
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("pass %d%s: %,.0f notes/s, %,.0f tokens/s (%,d tokens)%n", pass, pass <= 3 ? " (warm-up)" : "",
                        notes / seconds, tokens / seconds, tokens);
            }
        }
    }

    private static int count(Analyzer analyzer, String field, String value) {
        try (TokenStream s = analyzer.tokenStream(field, value)) {
            s.reset();
            int n = 0;
            while (s.incrementToken()) {
                n++;
            }
            s.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
