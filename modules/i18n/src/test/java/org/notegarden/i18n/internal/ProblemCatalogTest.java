package org.notegarden.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemCatalogTest {
    private final ProblemCatalog catalog = catalog();

    private static ProblemCatalog catalog() {
        ProblemCatalog c = new ProblemCatalog();
        c.messages = new BundleMessages();
        return c;
    }

    private String zh(String english) {
        return catalog.word(english, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void wordsExactTextsAndPatternsWithTheirNumbersCarriedOver() {
        assertEquals("输入有误", zh("Invalid input"));
        assertEquals("最多 50 个字符", zh("must be at most 50 characters"));
        assertEquals("須在 1 到 100 之間", catalog.word("must be between 1 and 100", Locale.TRADITIONAL_CHINESE));
        assertEquals("笔记 987 不存在", zh("note 987 does not exist"), "the longer, more specific line wins");
        assertEquals("账号 @mia 不存在", zh("account @mia does not exist"));
        assertEquals("订单 12 已取消，商品已释放：card declined", zh("Order 12 was cancelled and its items released: card declined"));
        assertEquals("包含“傻逼”，Notegarden 不允许发布这样的内容", zh("contains \"傻逼\", which is not allowed on Notegarden"));
        assertEquals("must be at most 50 characters", catalog.word("must be at most 50 characters", Locale.ENGLISH));
        assertEquals("a plugin's own words", zh("a plugin's own words"), "unknown text stays as written");
    }

    @Test
    void theAccountsOwnLanguageComesBeforeTheBrowsers() {
        assertEquals(Locale.TRADITIONAL_CHINESE, catalog.readerLocale("zh-TW", "en-US,en;q=0.9"));
        assertEquals(Locale.ENGLISH, catalog.readerLocale("en", "zh-CN"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, catalog.readerLocale(null, "zh-CN,zh;q=0.9"));
        assertEquals(Locale.ENGLISH, catalog.readerLocale(null, null));
    }

    @Test
    void everyLineHasBothScriptsTheSameSlotsAndTraditionalCharacters() {
        var toTraditional = com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");
        ProblemCatalog.Catalog c = catalog.catalog();
        List<ProblemCatalog.Line> lines = new ArrayList<>(c.exact.values());
        lines.addAll(c.patterns);
        assertTrue(lines.size() > 200, "catalogue read: " + lines.size());
        List<String> wrong = new ArrayList<>();
        for (ProblemCatalog.Line line : lines) {
            Set<String> slots = slots(line.english());
            String simplified = line.chinese()[0];
            String traditional = line.chinese()[1];
            if (!slots.equals(slots(simplified)) || !slots.equals(slots(traditional))) {
                wrong.add("slots differ: " + line.english());
            }
            if (!toTraditional.transliterate(traditional).equals(traditional)) {
                wrong.add("Simplified characters in zh-TW: " + traditional);
            }
            if (!toTraditional.transliterate(simplified).equals(simplified) && simplified.equals(traditional)) {
                wrong.add("zh-TW copied from zh-CN: " + traditional);
            }
            if (simplified.chars().noneMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
                wrong.add("no Chinese in: " + line.english());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static Set<String> slots(String s) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(s);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    // ---- Coverage: every message the modules write is in the catalogue -------------------------

    private static final Pattern CALL = Pattern.compile(
            "Problems\\.(invalid|conflict|notFound|tooLarge|unsupportedMedia|forbidden|malformed|tooManyRequests)\\(|new FieldError\\(|new (?:org\\.notegarden\\.platform\\.api\\.)?ProblemException\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * Reads every module's main sources (the i18n module's tests run in modules/i18n) for the
     * messages handed to {@code Problems}, {@code FieldError} and {@code ProblemException}. A
     * message built from pieces is checked with a sample value ("7") for each piece that is not a
     * literal, and each branch of a {@code ?:} separately; a message that is only a variable
     * (text from elsewhere) is skipped.
     */
    @Test
    void everyMessageTheModulesWriteIsInTheCatalogue() throws IOException {
        Path modules = Path.of("..").toAbsolutePath().normalize();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(modules)) {
            sources = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/plugins/"))
                    .toList();
        }
        assertTrue(sources.size() > 100, "module sources found under " + modules);
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (Path source : sources) {
            String code = Files.readString(source, StandardCharsets.UTF_8);
            Matcher call = CALL.matcher(code);
            while (call.find()) {
                String kind = call.group(1) == null ? (call.group().contains("FieldError") ? "field" : "problem") : call.group(1);
                List<String> args = arguments(code, call.end());
                for (String message : messagesOf(kind, args)) {
                    for (String english : samples(message)) {
                        if (!english.replace("7", "").matches("(?s).*\\p{L}.*")) {
                            continue; // "field: message" glue, worded part by part
                        }
                        checked++;
                        if (kind.equals("notFound")) {
                            english += " does not exist";
                        }
                        if (zh(english).equals(english)) {
                            missing.add(english + "   (" + source.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 250, "messages checked: " + checked);
        assertTrue(missing.isEmpty(), "not in problems.tsv:\n" + String.join("\n", missing));
    }

    /**
     * The messages a Java expression can produce, with "7" for what is computed; none when it
     * has no literal at all. Handles concatenation, parentheses and {@code ?:}.
     */
    static List<String> samples(String expression) {
        String e = expression.strip();
        if (e.startsWith("(") && topLevel(e, ')', 1) == e.length() - 1) {
            return samples(e.substring(1, e.length() - 1));
        }
        int question = topLevel(e, '?', 0);
        if (question >= 0) {
            int colon = matchingColon(e, question + 1);
            List<String> both = new ArrayList<>(samples(e.substring(question + 1, colon)));
            both.addAll(samples(e.substring(colon + 1)));
            return both;
        }
        List<List<String>> parts = new ArrayList<>();
        boolean anyLiteral = false;
        int at = 0;
        while (at <= e.length()) {
            int plus = topLevel(e, '+', at);
            String part = (plus < 0 ? e.substring(at) : e.substring(at, plus)).strip();
            Matcher lit = LITERAL.matcher(part);
            if (lit.matches()) {
                parts.add(List.of(unescape(lit.group(1))));
                anyLiteral = true;
            } else if (part.startsWith("(") && topLevel(part, ')', 1) == part.length() - 1 && part.contains("\"")) {
                parts.add(samples(part));
                anyLiteral = true;
            } else {
                parts.add(List.of("7"));
            }
            if (plus < 0) {
                break;
            }
            at = plus + 1;
        }
        if (!anyLiteral) {
            return List.of();
        }
        List<String> out = List.of("");
        for (List<String> choices : parts) {
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String c : choices) {
                    next.add(prefix + c);
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Index of {@code ch} outside strings and brackets, from {@code from}; -1 when none. With
     * {@code ch} = ')' from just after an opening parenthesis, that is the one closing it.
     */
    private static int topLevel(String e, char ch, int from) {
        int depth = 0;
        for (int i = from; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '"') {
                i = endOfString(e, i);
            } else if (c == ch && depth == 0) {
                return i;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            }
        }
        return -1;
    }

    private static int matchingColon(String e, int from) {
        int nested = 0;
        int depth = 0;
        for (int i = from; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '"') {
                i = endOfString(e, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == '?') {
                nested++;
            } else if (depth == 0 && c == ':') {
                if (nested == 0) {
                    return i;
                }
                nested--;
            }
        }
        throw new IllegalArgumentException("no ':' in " + e);
    }

    private static int endOfString(String e, int quote) {
        for (int i = quote + 1; i < e.length(); i++) {
            if (e.charAt(i) == '\\') {
                i++;
            } else if (e.charAt(i) == '"') {
                return i;
            }
        }
        return e.length();
    }

    /** The arguments of a call that hold words people read (not the field, type or status). */
    private static List<String> messagesOf(String kind, List<String> args) {
        return switch (kind) {
            case "invalid", "conflict", "notFound", "tooLarge", "unsupportedMedia", "field" ->
                    args.size() >= 2 ? List.of(args.get(1)) : List.of();
            case "forbidden", "malformed", "tooManyRequests" -> List.of(args.get(0));
            // new ProblemException(status, type, title, detail, errors, retryAfter)
            case "problem" -> args.size() >= 4 ? List.of(args.get(2), args.get(3)) : List.of();
            default -> List.of();
        };
    }

    /** Top-level, comma-separated arguments from just after the opening parenthesis. */
    private static List<String> arguments(String code, int from) {
        List<String> args = new ArrayList<>();
        int depth = 1;
        boolean inString = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < code.length() && depth > 0; i++) {
            char ch = code.charAt(i);
            if (inString) {
                current.append(ch);
                if (ch == '\\') {
                    current.append(code.charAt(++i));
                } else if (ch == '"') {
                    inString = false;
                }
                continue;
            }
            switch (ch) {
                case '"' -> inString = true;
                case '(' -> depth++;
                case ')' -> depth--;
                default -> { }
            }
            if (depth == 0) {
                break;
            }
            if (ch == ',' && depth == 1) {
                args.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        args.add(current.toString());
        return args;
    }

    private static String unescape(String javaLiteral) {
        return javaLiteral.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
