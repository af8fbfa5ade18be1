package org.notegarden.i18n.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much heap the loaded CC-CEDICT dictionary keeps (it stays in every server's memory), and
 * what its five maps' structure costs as {@code HashMap}s against the immutable copies it keeps.
 * A benchmark, not a test (heap figures depend on the JVM):
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/cp.txt) org.notegarden.i18n.internal.DictionaryMemoryBench
 * </pre>
 */
public final class DictionaryMemoryBench {
    private DictionaryMemoryBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        CedictDictionary.load(); // classes and the JIT warmed up; this copy is garbage below
        long before = liveHeap();
        CedictDictionary d = CedictDictionary.load();
        long loaded = liveHeap();
        List<Map<String, ?>> maps = List.of(d.chineseToEnglish, d.englishToChinese, d.pinyinToChinese, d.moreSearchPhrases,
                d.phraseToChinese);
        System.out.printf("dictionary as the server keeps it: %.1f MB (%,d entries in five maps)%n", mb(loaded - before),
                maps.stream().mapToInt(Map::size).sum());
        // The same keys and values, so each difference below is the maps' own structure.
        List<Object> copies = new ArrayList<>();
        long b = liveHeap();
        maps.forEach(m -> copies.add(new HashMap<>(m)));
        long asHashMaps = liveHeap() - b;
        copies.clear();
        b = liveHeap();
        // (Map.copyOf of an immutable map is that map: copied from a HashMap, which is garbage after.)
        maps.forEach(m -> copies.add(Map.copyOf(new HashMap<>(m))));
        long asImmutable = liveHeap() - b;
        System.out.printf("the five maps' structure: as HashMaps %.1f MB, as immutable copies %.1f MB%n", mb(asHashMaps), mb(asImmutable));
        System.out.println(copies.size() + d.longestHeadword > 0 ? "" : "-"); // keeps both reachable until here
    }

    private static long liveHeap() throws InterruptedException {
        // Several collections with a pause between them: one System.gc() may leave garbage that
        // reference processing frees only in the next, and the figure would count it as live.
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
