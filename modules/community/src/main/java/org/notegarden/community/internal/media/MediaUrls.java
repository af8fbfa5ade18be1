package org.notegarden.community.internal.media;

/**
 * The public URLs of a medium's stored files. They contain the random storage key, never the
 * id, and never change, so clients and proxies may cache them for good.
 */
public final class MediaUrls {
    public static final String PREFIX = "/api/v1/media/files/";

    private MediaUrls() {
    }

    public static String gridKey(String storageKey) { return storageKey + "-grid.jpg"; }

    public static String detailKey(String storageKey) { return storageKey + "-detail.jpg"; }

    public static String videoKey(String storageKey, String contentType) {
        return storageKey + ("video/webm".equals(contentType) ? ".webm" : ".mp4");
    }

    /** Every stored file of a media item: both image renditions, or the video. */
    public static java.util.List<String> storedKeys(Media m) {
        return m.getKind() == MediaKind.VIDEO ? java.util.List.of(videoKey(m.getStorageKey(), m.getContentType()))
                : java.util.List.of(detailKey(m.getStorageKey()), gridKey(m.getStorageKey()));
    }

    /** The file a person gets back in an export: the full-size image, or the video. */
    public static String originalKey(Media m) {
        return storedKeys(m).get(0);
    }

    public static String grid(Media m) {
        return m.getKind() == MediaKind.IMAGE ? PREFIX + gridKey(m.getStorageKey()) : null;
    }

    public static String detail(Media m) {
        return m.getKind() == MediaKind.IMAGE ? PREFIX + detailKey(m.getStorageKey())
                : PREFIX + videoKey(m.getStorageKey(), m.getContentType());
    }
}
