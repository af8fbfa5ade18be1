package org.notegarden.compliance.internal.screening;

import jakarta.json.stream.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.notegarden.platform.api.BundledFiles;
import org.notegarden.platform.api.Jsons;

/**
 * Loads the word lists: the maintained base lists (naughty-words, en and zh, from npm at build
 * time) plus the installation's adjustments in {@code config/screening/} — built in, or read from
 * {@code notegarden.screening.dir} when an operator keeps their own.
 */
final class ScreeningLists {
    static final String BASE = "/org/notegarden/compliance/lists/";
    static final String BUILT_IN_CONFIG = "/org/notegarden/compliance/screening/";

    private ScreeningLists() {
    }

    static WordLists load(Optional<String> operatorDir) {
        List<String> hold = new ArrayList<>();
        hold.addAll(jsonArray("en.json"));
        hold.addAll(jsonArray("zh.json"));
        hold.addAll(configLines(operatorDir, "hold-words.txt"));
        return new WordLists(hold, configLines(operatorDir, "refuse-words.txt"), configLines(operatorDir, "allow-words.txt"));
    }

    private static List<String> jsonArray(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = open(BASE + name); JsonParser p = Jsons.createParser(in)) {
            while (p.hasNext()) {
                if (p.next() == JsonParser.Event.VALUE_STRING) {
                    out.add(p.getString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> configLines(Optional<String> operatorDir, String name) {
        try (InputStream in = operatorDir.filter(d -> !d.isBlank()).isPresent()
                ? Files.newInputStream(Path.of(operatorDir.get(), name)) : open(BUILT_IN_CONFIG + name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read screening list " + name, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        return BundledFiles.open(ScreeningLists.class, resource);
    }
}
