package org.notegarden.i18n.internal;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org) as two lookups: Chinese headword (simplified and
 * traditional) → its first English sense, and English word → the shortest simplified headword
 * whose first sense is exactly that word (or "to <word>"). Read once from the npm package's
 * {@code data/all.js} that the build places on the class path — entries are
 * {@code [traditional, simplified, pinyin, "sense/sense", …]} — with a streaming parser.
 */
final class CedictDictionary {
    static final String RESOURCE = "/org/notegarden/i18n/cedict/all.js";

    final Map<String, String> chineseToEnglish = new HashMap<>(240_000);
    final Map<String, String> englishToChinese = new HashMap<>(60_000);
    int longestHeadword;

    static CedictDictionary load() {
        InputStream in = CedictDictionary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("CC-CEDICT data missing from the class path at " + RESOURCE + " (built by the i18n module)");
        }
        try (java.io.PushbackReader r = new java.io.PushbackReader(
                new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), 1)) {
            skipToJson(r);
            return parse(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read CC-CEDICT", e);
        }
    }

    /** The file is an ES module ("export default {…}"); the JSON starts at the first brace. */
    private static void skipToJson(java.io.PushbackReader r) throws IOException {
        int c;
        while ((c = r.read()) != -1 && c != '{') {
            // "export default " and the like
        }
        if (c == '{') {
            r.unread(c);
        }
    }

    static CedictDictionary parse(Reader json) {
        CedictDictionary d = new CedictDictionary();
        try (JsonParser p = Json.createParser(json)) {
            int depth = 0;
            String[] entry = new String[4];
            int field = 0;
            while (p.hasNext()) {
                JsonParser.Event e = p.next();
                switch (e) {
                    case START_ARRAY -> {
                        depth++;
                        if (depth == 2) {
                            field = 0;
                        }
                    }
                    case END_ARRAY -> {
                        if (depth == 2 && field >= 4) {
                            d.add(entry[0], entry[1], entry[3]);
                        }
                        depth--;
                    }
                    case VALUE_STRING -> {
                        if (depth == 2 && field < 4) {
                            entry[field] = p.getString();
                        }
                        if (depth == 2) {
                            field++;
                        }
                    }
                    default -> {
                        if (depth == 2 && e != JsonParser.Event.KEY_NAME) {
                            field++;
                        }
                    }
                }
            }
        }
        return d;
    }

    private void add(String traditional, String simplified, String senses) {
        String first = firstSense(senses);
        if (first.isEmpty()) {
            return;
        }
        chineseToEnglish.putIfAbsent(simplified, first);
        chineseToEnglish.putIfAbsent(traditional, first);
        longestHeadword = Math.max(longestHeadword, simplified.codePointCount(0, simplified.length()));
        String english = first.toLowerCase(Locale.ROOT).replaceFirst("^to ", "");
        if (english.matches("[a-z][a-z'-]*")) {
            englishToChinese.merge(english, simplified, (a, b) -> b.length() < a.length() ? b : a);
        }
    }

    /** The first sense, without CEDICT's annotations: "(coll.) coffee/caffeine" → "coffee". */
    static String firstSense(String senses) {
        for (String sense : senses.split("/")) {
            String s = sense.replaceAll("\\([^)]*\\)", "").replaceAll("\\[[^]]*]", "").replaceAll("\\s+", " ").strip();
            if (!s.isEmpty() && !s.startsWith("variant of") && !s.startsWith("old variant of") && !s.startsWith("see ")
                    && !s.startsWith("CL:") && !s.startsWith("surname ")) {
                return s;
            }
        }
        return "";
    }
}
