package org.notegarden.i18n.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.ProblemWording;

/**
 * Server messages in the reader's language, from {@code problems.tsv}. The code writes English
 * (often with numbers or ids concatenated in); a line's English is matched exactly, or as a
 * pattern whose {@code {0}} parts match anything, which is carried into the translation. Text the
 * catalogue does not know (a plugin's own words, for instance) stays English.
 */
@ApplicationScoped
public class ProblemCatalog implements ProblemWording {
    static final String RESOURCE = "/org/notegarden/i18n/problems.tsv";
    private static final Pattern SLOT = Pattern.compile("\\{(\\d)}");

    @Inject
    Messages messages;

    private volatile Catalog catalog;

    @Override
    public Locale readerLocale(String accountLocale, String acceptLanguage) {
        if (accountLocale != null && !accountLocale.isBlank()) {
            return messages.negotiate(accountLocale);
        }
        return messages.negotiate(acceptLanguage);
    }

    @Override
    public String word(String english, Locale locale) {
        if (english == null || locale.getLanguage().equals("en")) {
            return english;
        }
        int column = Locale.TRADITIONAL_CHINESE.equals(locale) ? 1 : 0;
        return catalog().word(english, column);
    }

    Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            c = Catalog.read(getClass().getResourceAsStream(RESOURCE));
            catalog = c;
        }
        return c;
    }

    /** One line: the English, and the Chinese in Simplified (column 0) and Traditional (column 1). */
    record Line(String english, String[] chinese, Pattern pattern) {
    }

    static final class Catalog {
        final Map<String, Line> exact = new HashMap<>();
        /** Patterns, longest English first, so "note {0} does not exist" wins over "{0} does not exist". */
        final List<Line> patterns = new ArrayList<>();

        static Catalog read(InputStream in) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Catalog c = new Catalog();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String row;
                while ((row = r.readLine()) != null) {
                    if (row.isBlank() || row.startsWith("#")) {
                        continue;
                    }
                    String[] cols = row.split("\t");
                    if (cols.length != 3) {
                        throw new IllegalStateException("problems.tsv: not three columns: " + row);
                    }
                    Line line = new Line(cols[0], new String[] {cols[1], cols[2]},
                            SLOT.matcher(cols[0]).find() ? toRegex(cols[0]) : null);
                    if (line.pattern() == null) {
                        c.exact.put(line.english(), line);
                    } else {
                        c.patterns.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            c.patterns.sort((a, b) -> Integer.compare(b.english().length(), a.english().length()));
            return c;
        }

        String word(String english, int column) {
            Line line = exact.get(english);
            if (line != null) {
                return line.chinese()[column];
            }
            for (Line p : patterns) {
                Matcher m = p.pattern().matcher(english);
                if (m.matches()) {
                    return fill(p, m, column);
                }
            }
            return english;
        }

        private static String fill(Line p, Matcher m, int column) {
            // Group n holds the text of the n-th slot in the English; slots are named {0}, {1} ….
            Matcher slots = SLOT.matcher(p.english());
            Map<String, String> values = new HashMap<>();
            int group = 1;
            while (slots.find()) {
                values.put(slots.group(1), m.group(group++));
            }
            Matcher out = SLOT.matcher(p.chinese()[column]);
            StringBuilder sb = new StringBuilder();
            while (out.find()) {
                out.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(out.group(1), out.group())));
            }
            out.appendTail(sb);
            return sb.toString();
        }

        private static Pattern toRegex(String english) {
            StringBuilder regex = new StringBuilder();
            Matcher slots = SLOT.matcher(english);
            int at = 0;
            while (slots.find()) {
                regex.append(Pattern.quote(english.substring(at, slots.start()))).append("(.+?)");
                at = slots.end();
            }
            regex.append(Pattern.quote(english.substring(at)));
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }
    }
}
