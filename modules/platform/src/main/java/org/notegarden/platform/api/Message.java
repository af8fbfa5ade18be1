package org.notegarden.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A server message: its key and the values it shows ({@code {0}}, {@code {1}} … in the bundle's
 * pattern). Values are text, or messages themselves (worded in the same language). The reader's
 * language is chosen when the response is written (i18n formats the pattern with ICU); modules
 * never pass a locale around.
 */
public record Message(MessageKey key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        List<Object> values = new ArrayList<>();
        for (Object a : args) {
            values.add(a instanceof Message ? a : String.valueOf(a));
        }
        args = List.copyOf(values);
    }

    public static Message of(MessageKey key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** Text from elsewhere (a payment provider's reason, a plugin's words), shown as written in every language. */
    public static Message verbatim(String text) {
        return of(PlatformMessages.VERBATIM, text == null ? "" : text);
    }

    /** The message in English, the bundles' base language (for logs, and when nothing else is known). */
    public String english() {
        return fill(pattern(key, Locale.ROOT), args, Message::english);
    }

    @Override
    public String toString() {
        return english();
    }

    /** The pattern of {@code key} in the bundle for {@code locale}, without falling back to the JVM's locale. */
    public static String pattern(MessageKey key, Locale locale) {
        try {
            return ResourceBundle.getBundle(key.bundle(), locale, key.getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key.name());
        } catch (MissingResourceException e) {
            return locale.equals(Locale.ROOT) ? key.bundle() + "#" + key.name() : pattern(key, Locale.ROOT);
        }
    }

    /**
     * {@code {n}} replaced by the n-th value, nested messages worded by {@code word}, and a
     * doubled apostrophe read as one (the bundles are written for ICU MessageFormat).
     */
    static String fill(String pattern, List<Object> args, java.util.function.Function<Message, String> word) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                Object v = n < args.size() ? args.get(n) : "";
                out.append(v instanceof Message m ? word.apply(m) : v);
                i = close;
            } else if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                out.append(c);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
