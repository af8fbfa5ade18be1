package org.notegarden.platform.api;

import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a node keeps its files: {@code notegarden.data.dir}, {@code ./data} unless set. The H2
 * database, the local media, the search index and privacy exports all live under it, so they are
 * read from this one place and move together (a server started with another setting once opened
 * a new database beside the old index, when each reader had its own default).
 */
public final class DataDirectory {
    public static final String PROPERTY = "notegarden.data.dir";
    static final String DEFAULT = "./data";

    private DataDirectory() {
    }

    /** The directory as configured (MicroProfile Config; system property and environment where no config runs, as in tools). */
    public static String configured() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).orElse(DEFAULT);
        } catch (RuntimeException | LinkageError noConfigHere) {
            String configured = System.getProperty(PROPERTY, System.getenv("NOTEGARDEN_DATA_DIR"));
            return configured == null || configured.isBlank() ? DEFAULT : configured;
        }
    }

    /** A place under the directory, absolute. */
    public static Path resolve(String child) {
        return Path.of(configured()).toAbsolutePath().normalize().resolve(child);
    }
}
