package org.notegarden.app.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The house-rule tests that grep source files: which Java files under a folder contain a pattern. */
final class SourcesMatching {
    private SourcesMatching() {
    }

    /** Paths (relative to {@code root}, sorted) of the .java files under it that {@code keep} accepts and whose text matches. */
    static List<String> under(Path root, Predicate<Path> keep, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(keep)
                    .filter(f -> pattern.matcher(read(f)).find())
                    .map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
