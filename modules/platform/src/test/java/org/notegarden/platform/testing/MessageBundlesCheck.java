package org.notegarden.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegarden.platform.api.MessageKey;

/**
 * What a module's unit test checks about its server messages: every key of its enum has a
 * pattern in English, 简体中文 and 繁體中文, the three use the same {@code {n}} slots, the Chinese
 * ones are in Chinese, no slot asks for a number or date format (values are text), and the
 * bundles hold no key the enum does not declare. Shipped in the
 * platform's test jar so each module tests its own keys without reading anyone's sources.
 */
public final class MessageBundlesCheck {
    private static final Pattern SLOT = Pattern.compile("\\{\\d+}");
    /** Any ICU argument, plain or with a format ({0,number,#}, {0,plural,…}). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\d+\\s*,[^}]*}?");
    private static final List<Locale> CHINESE = List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE);

    private MessageBundlesCheck() {
    }

    /** Every problem found, one line each; empty when the bundles and the enum agree. */
    public static <E extends Enum<E> & MessageKey> List<String> problems(Class<E> keys) {
        List<String> found = new ArrayList<>();
        E[] constants = keys.getEnumConstants();
        if (constants.length == 0) {
            return List.of(keys.getSimpleName() + " declares no keys");
        }
        String bundle = constants[0].bundle();
        Properties english = file(bundle, "", keys);
        Set<String> declared = new TreeSet<>();
        for (E key : constants) {
            declared.add(key.name());
            if (!key.bundle().equals(bundle)) {
                found.add(key + " names another bundle: " + key.bundle());
            }
            String en = english.getProperty(key.name());
            if (en == null) {
                found.add(key + " has no English pattern in " + bundle);
                continue;
            }
            Matcher formatted = ARGUMENT.matcher(en);
            if (formatted.find()) {
                // Message values are always text: a number or date format cannot apply and would fail at runtime.
                found.add(key + " formats a value (" + formatted.group() + "); values are text, write {n}");
            }
            for (Locale locale : CHINESE) {
                String zh = file(bundle, "_" + locale, keys).getProperty(key.name());
                if (zh == null) {
                    found.add(key + " has no " + locale.toLanguageTag() + " pattern");
                } else if (!slots(zh).equals(slots(en))) {
                    found.add(key + " in " + locale.toLanguageTag() + " has slots " + slots(zh) + ", English has " + slots(en));
                } else if (hasWords(en) && zh.codePoints().noneMatch(MessageBundlesCheck::isHan)) {
                    found.add(key + " in " + locale.toLanguageTag() + " is not in Chinese: " + zh);
                }
            }
        }
        for (String key : english.stringPropertyNames()) {
            if (!declared.contains(key)) {
                found.add(bundle + " has " + key + ", which " + keys.getSimpleName() + " does not declare");
            }
        }
        return found;
    }

    /** One file of the bundle exactly as written (no parent, no fallback), read as UTF-8 like Java reads bundles. */
    private static Properties file(String bundle, String suffix, Class<?> keys) {
        Properties p = new Properties();
        String name = bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = keys.getClassLoader().getResourceAsStream(name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Set<String> slots(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = SLOT.matcher(pattern);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Whether the pattern says something itself, beyond the values it shows. */
    private static boolean hasWords(String pattern) {
        return SLOT.matcher(pattern).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
