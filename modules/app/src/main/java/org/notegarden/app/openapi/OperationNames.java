package org.notegarden.app.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names an operation from its Java method and its path: the method says what it does ("create",
 * "quote", "search"), the path's words say to what ("notes", "checkout"), so {@code quote} on
 * {@code POST /api/v1/checkout/quote} becomes {@code quoteCheckout} and its summary "Quote
 * checkout". Words the method name already holds are not repeated.
 */
final class OperationNames {
    private static final String PREFIX = "/api/v1/";

    private OperationNames() {
    }

    /** The area an operation belongs to, for grouping: the path's first word ("notes", "admin"). */
    static String tag(String path) {
        List<String> words = staticWords(path);
        return words.isEmpty() ? "api" : words.get(0);
    }

    /** The method's own name followed by the path words it does not already say. */
    static String operationId(String javaName, String path) {
        String base = javaName == null || javaName.isBlank() ? "call" : javaName;
        String lower = base.toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder(base);
        Set<String> seen = new LinkedHashSet<>();
        for (String word : staticWords(path)) {
            String camel = camel(word);
            String key = camel.toLowerCase(Locale.ROOT);
            if (!lower.contains(key) && seen.add(key)) {
                id.append(Character.toUpperCase(camel.charAt(0))).append(camel.substring(1));
            }
        }
        return id.toString();
    }

    /** A further distinction for two operations that would share a name: the path's parameters. */
    static String withParameters(String operationId, String path) {
        StringBuilder id = new StringBuilder(operationId);
        for (String segment : segments(path)) {
            if (segment.startsWith("{")) {
                String name = camel(segment.substring(1, segment.length() - 1));
                id.append("By").append(Character.toUpperCase(name.charAt(0))).append(name.substring(1));
            }
        }
        return id.toString();
    }

    /** "quoteCheckout" → "Quote checkout". */
    static String summary(String operationId) {
        String spaced = operationId.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static List<String> staticWords(String path) {
        List<String> out = new ArrayList<>();
        for (String s : segments(path)) {
            if (!s.isEmpty() && !s.startsWith("{")) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> segments(String path) {
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path.replaceFirst("^/", "");
        return List.of(rest.split("/"));
    }

    /** "abuse-signals" → "abuseSignals", "zh_CN" → "zhCN". */
    private static String camel(String word) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : word.toCharArray()) {
            if (c == '-' || c == '_' || c == '.') {
                up = true;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }
}
