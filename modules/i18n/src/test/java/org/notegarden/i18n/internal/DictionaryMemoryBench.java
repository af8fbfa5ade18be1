package org.notegarden.i18n.internal;

import java.util.List;
import org.notegarden.platform.testing.LiveHeap;

/**
 * How much heap the loaded CC-CEDICT dictionary keeps (it stays in every server's memory) and how
 * long loading it takes.
 * A benchmark, not a test (heap figures depend on the JVM):
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/cp.txt) org.notegarden.i18n.internal.DictionaryMemoryBench
 * </pre>
 */
public final class DictionaryMemoryBench {
    private DictionaryMemoryBench() {
    }

    public static void main(String[] args) {
        CedictDictionary.load(); // classes and the JIT warmed up; this copy is garbage below
        long before = LiveHeap.bytes();
        long started = System.nanoTime();
        CedictDictionary d = CedictDictionary.load();
        long took = System.nanoTime() - started;
        long loaded = LiveHeap.bytes();
        List<FrozenStringMap> maps = List.of(d.chineseToEnglish, d.englishToChinese, d.pinyinToChinese, d.moreSearchPhrases,
                d.phraseToChinese);
        System.out.printf("dictionary as the server keeps it: %.1f MB (%,d entries in five maps, transducers %.1f MB), loaded in %d ms%n",
                mb(loaded - before), maps.stream().mapToInt(FrozenStringMap::size).sum(),
                mb(maps.stream().mapToLong(FrozenStringMap::bytes).sum()), took / 1_000_000);
        System.out.println(d.longestHeadword > 0 ? "" : "-"); // keeps the dictionary reachable until here
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
