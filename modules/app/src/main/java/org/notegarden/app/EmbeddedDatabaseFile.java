package org.notegarden.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file an H2 URL opens, when it opens a plain file of this machine: {@code jdbc:h2:file:./data/x}
 * or {@code jdbc:h2:./data/x} give {@code ./data/x.mv.db}. In-memory, remote ({@code tcp:},
 * {@code ssl:}) and other file systems' URLs ({@code zip:}, {@code split:} …) give nothing, as do
 * encrypted files: nothing here can open them without H2's own connection.
 */
final class EmbeddedDatabaseFile {
    private static final String PREFIX = "jdbc:h2:";

    private EmbeddedDatabaseFile() {
    }

    static Optional<Path> of(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = url.substring(PREFIX.length()).split(";");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].trim().toUpperCase(java.util.Locale.ROOT).startsWith("CIPHER=")) {
                return Optional.empty();
            }
        }
        String name = parts[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^[A-Za-z][A-Za-z0-9]+:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nio: … (a one-letter prefix is a Windows drive)
        }
        if (name.isBlank()) {
            return Optional.empty();
        }
        if (name.equals("~") || name.startsWith("~/")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db"));
    }
}
