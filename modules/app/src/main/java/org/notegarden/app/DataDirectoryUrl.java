package org.notegarden.app;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts the configured data directory into a database URL: {@value #TOKEN} in
 * {@code notegarden.db.url} (and in the default H2 URL) becomes {@code notegarden.data.dir}, so the
 * database lives beside the media and the search index wherever the server is started from.
 * Payara's own placeholders cannot nest one setting inside another's default, hence this step.
 */
final class DataDirectoryUrl {
    static final String PROPERTY = "notegarden.data.dir";
    static final String TOKEN = "[notegarden.data.dir]";
    private static final String DEFAULT = "./data";

    private DataDirectoryUrl() {
    }

    static String expand(String url) {
        if (url == null || !url.contains(TOKEN)) {
            return url;
        }
        return url.replace(TOKEN, dataDirectory());
    }

    /** MicroProfile Config as the media and the index read it; system property and environment where no config runs (tools, unit tests). */
    private static String dataDirectory() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).orElse(DEFAULT);
        } catch (RuntimeException | LinkageError noConfigHere) {
            String configured = System.getProperty(PROPERTY, System.getenv("NOTEGARDEN_DATA_DIR"));
            return configured == null || configured.isBlank() ? DEFAULT : configured;
        }
    }
}
