package org.notegarden.community.internal.note;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code #topics} and {@code @mentions} in a note's text. Topics are letters (any
 * script, so #咖啡 works), digits and underscores; they are compared lower-cased. Mentions use
 * the handle alphabet. An e-mail address is not a mention: '@' must not follow a letter.
 */
public final class NoteText {
    private static final Pattern TOPIC = Pattern.compile("#([\\p{L}\\p{N}_]{1,30})");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.])@([A-Za-z0-9][A-Za-z0-9_.]{2,29})");

    private NoteText() {
    }

    public static Set<String> topics(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = TOPIC.matcher(text);
            while (m.find()) {
                found.add(normaliseTopic(m.group(1)));
            }
        }
        return found;
    }

    public static Set<String> mentionedHandles(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = MENTION.matcher(text);
            while (m.find()) {
                String h = m.group(1);
                // A trailing dot ends a sentence, not a handle.
                while (h.endsWith(".")) {
                    h = h.substring(0, h.length() - 1);
                }
                found.add(h.toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    /** The stored form of a topic: without '#', trimmed, lower-cased. */
    public static String normaliseTopic(String topic) {
        String t = topic.trim();
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        return t.toLowerCase(Locale.ROOT);
    }

    public static boolean isValidTopic(String normalised) {
        return TOPIC.matcher("#" + normalised).matches();
    }
}
