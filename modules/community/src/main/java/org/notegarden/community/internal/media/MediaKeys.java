package org.notegarden.community.internal.media;

import java.util.regex.Pattern;

/**
 * What a media key may look like (random hex, an optional variant suffix, an extension) and the
 * type its extension stands for. Every store checks keys with it, so no key can name a path or an
 * object outside the media, whichever store is configured.
 */
final class MediaKeys {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]{4,64}(-[a-z0-9]+)?\\.[a-z0-9]{2,5}");

    private MediaKeys() {
    }

    static String check(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        return key;
    }

    /** The content type a stored file is served with, from the extension the pipeline gave it. */
    static String contentType(String key) {
        if (key.endsWith(".jpg")) {
            return "image/jpeg";
        }
        if (key.endsWith(".webp")) {
            return "image/webp";
        }
        if (key.endsWith(".zip")) {
            return "application/zip"; // a data export (ExportFilesInMediaStore), never served as media
        }
        return key.endsWith(".webm") ? "video/webm" : "video/mp4";
    }
}
