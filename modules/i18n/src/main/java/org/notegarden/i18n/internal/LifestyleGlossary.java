package org.notegarden.i18n.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.notegarden.platform.api.BundledFiles;

/**
 * Notegarden's lifestyle glossary ({@code lifestyle-glossary.tsv}): the everyday words of a
 * lifestyle app in both languages as posts write them, where the dictionary's glosses are not
 * (its first sense of 徒步 is "to be on foot"). Each line links every English form with every
 * Chinese form; a word on several lines collects all of them, in file order.
 */
final class LifestyleGlossary {
    static final String RESOURCE = "/org/notegarden/i18n/search/lifestyle-glossary.tsv";

    final Map<String, List<String>> englishToChinese = new HashMap<>();
    final Map<String, List<String>> chineseToEnglish = new HashMap<>();
    int longestChinese;
    int longestEnglishWords;

    /** No entries: the dictionary alone (for measuring what the glossary adds). */
    static LifestyleGlossary none() {
        return new LifestyleGlossary();
    }

    static LifestyleGlossary load() {
        try (Reader r = new InputStreamReader(BundledFiles.open(LifestyleGlossary.class, RESOURCE), StandardCharsets.UTF_8)) {
            return parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lifestyle glossary", e);
        }
    }

    static LifestyleGlossary parse(Reader text) throws IOException {
        LifestyleGlossary g = new LifestyleGlossary();
        BufferedReader lines = new BufferedReader(text);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("\t");
            if (sides.length != 2) {
                throw new IllegalStateException("glossary line " + number + ": English forms, a tab, Chinese forms expected");
            }
            List<String> english = forms(sides[0].toLowerCase(Locale.ROOT));
            List<String> chinese = forms(sides[1]);
            for (String e : english) {
                addAll(g.englishToChinese, e, chinese);
                g.longestEnglishWords = Math.max(g.longestEnglishWords, e.split(" ").length);
            }
            for (String c : chinese) {
                addAll(g.chineseToEnglish, c, english);
                g.longestChinese = Math.max(g.longestChinese, c.codePointCount(0, c.length()));
            }
        }
        return g;
    }

    private static List<String> forms(String side) {
        List<String> out = new ArrayList<>();
        for (String form : side.split(",")) {
            String f = form.strip().replaceAll("\\s+", " ");
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    private static void addAll(Map<String, List<String>> map, String key, List<String> values) {
        List<String> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        for (String v : values) {
            if (!list.contains(v)) {
                list.add(v);
            }
        }
    }
}
