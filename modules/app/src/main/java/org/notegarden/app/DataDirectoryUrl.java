package org.notegarden.app;

import org.notegarden.platform.api.DataDirectory;

/**
 * Puts the configured data directory into a database URL: {@value #TOKEN} in
 * {@code notegarden.db.url} (and in the default H2 URL) becomes {@code notegarden.data.dir}, so the
 * database lives beside the media and the search index wherever the server is started from.
 * Payara's own placeholders cannot nest one setting inside another's default, hence this step.
 */
final class DataDirectoryUrl {
    static final String TOKEN = "[notegarden.data.dir]";

    private DataDirectoryUrl() {
    }

    static String expand(String url) {
        if (url == null || !url.contains(TOKEN)) {
            return url;
        }
        return url.replace(TOKEN, DataDirectory.configured());
    }
}
