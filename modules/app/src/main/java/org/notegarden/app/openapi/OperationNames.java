package org.notegarden.app.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names an operation from its Java method and its path: the method says what it does ("create",
 * "quote", "search"), the path's words say to what ("note", "checkout"), so {@code quote} on
 * {@code POST /api/v1/checkout/quote} becomes {@code quoteCheckout} and its summary "Quote
 * checkout". Words the method name already holds are not repeated, and one item is named in
 * the singular ({@code getNote}, {@code createNote}).
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
        return operationId(javaName, path, false);
    }

    /**
     * The method's own name followed by the path words it does not already say, word part by
     * word part ({@code confirm} on {@code /orders/{id}/confirm-receipt} → {@code confirmOrderReceipt}).
     * A word before a parameter names one item and is singular ({@code getNote}); so is the last
     * word of an operation that creates one ({@code createNote} on {@code POST /notes}).
     */
    static String operationId(String javaName, String path, boolean createsOne) {
        String base = javaName == null || javaName.isBlank() ? "call" : javaName;
        String lower = base.toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder(base);
        Set<String> seen = new LinkedHashSet<>();
        List<String> segments = segments(path);
        int lastWord = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).isEmpty() && !segments.get(i).startsWith("{")) {
                lastWord = i;
            }
        }
        for (int i = 0; i <= lastWord; i++) {
            String segment = segments.get(i);
            if (segment.isEmpty() || segment.startsWith("{")) {
                continue;
            }
            boolean one = (i + 1 < segments.size() && segments.get(i + 1).startsWith("{")) || (createsOne && i == lastWord);
            String[] parts = segment.split("[-_.]");
            for (int p = 0; p < parts.length; p++) {
                if (parts[p].isEmpty()) {
                    continue;
                }
                // Only a word's last part is its noun: "abuse-signals" → abuseSignal when one.
                String part = one && p == parts.length - 1 ? singular(parts[p]) : parts[p];
                String key = singular(part).toLowerCase(Locale.ROOT);
                if (!lower.contains(key) && !lower.contains(part.toLowerCase(Locale.ROOT)) && seen.add(key)) {
                    String camel = camel(part);
                    id.append(Character.toUpperCase(camel.charAt(0))).append(camel.substring(1));
                }
            }
        }
        return id.toString();
    }

    /** "notes" → "note", "replies" → "reply", "addresses" → "address"; "status" and "media" stay. */
    static String singular(String word) {
        String l = word.toLowerCase(Locale.ROOT);
        if (l.length() > 4 && l.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (l.endsWith("sses") || l.endsWith("shes") || l.endsWith("ches") || l.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
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
