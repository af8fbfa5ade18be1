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

    public static String gridWebpKey(String storageKey) { return storageKey + "-grid.webp"; }

    public static String gridSmallWebpKey(String storageKey) { return storageKey + "-grid270.webp"; }

    public static String detailWebpKey(String storageKey) { return storageKey + "-detail.webp"; }

    public static String detailMediumWebpKey(String storageKey) { return storageKey + "-detail828.webp"; }

    /**
     * The grid's WebP copies for {@code srcset} ("… 270w, … 540w"), or null when there are none
     * (no FFmpeg at upload, or an AI label written into the JPEGs, which WebP would not carry).
     */
    public static String gridSrcset(Media m) {
        if (!m.hasWebp()) {
            return null;
        }
        return srcset(PREFIX + gridSmallWebpKey(m.getStorageKey()), Math.min(ImageVariants.GRID_SMALL_WIDTH, m.getWidth()),
                PREFIX + gridWebpKey(m.getStorageKey()), Math.min(ImageRenditions.GRID_WIDTH, m.getWidth()));
    }

    /** The detail view's WebP copies for {@code srcset}, or null. */
    public static String detailSrcset(Media m) {
        if (!m.hasWebp()) {
            return null;
        }
        return srcset(PREFIX + detailMediumWebpKey(m.getStorageKey()), Math.min(ImageVariants.DETAIL_MEDIUM_WIDTH, m.getWidth()),
                PREFIX + detailWebpKey(m.getStorageKey()), Math.min(ImageRenditions.DETAIL_WIDTH, m.getWidth()));
    }

    private static String srcset(String small, int smallWidth, String large, int largeWidth) {
        return smallWidth >= largeWidth ? large + " " + largeWidth + "w" : small + " " + smallWidth + "w, " + large + " " + largeWidth + "w";
    }

    /** A processed video's poster frame. */
    public static String posterKey(String storageKey) { return storageKey + "-poster.jpg"; }

    /** The upload as it came, kept only until its video is processed (never served). */
    public static String uploadKey(String storageKey) { return storageKey + "-upload.bin"; }

    /** Every stored file of a media item: both image renditions, or the video (and its poster). */
    public static java.util.List<String> storedKeys(Media m) {
        if (m.getKind() == MediaKind.IMAGE) {
            String k = m.getStorageKey();
            return m.hasWebp() ? java.util.List.of(detailKey(k), gridKey(k), gridWebpKey(k), gridSmallWebpKey(k), detailWebpKey(k),
                    detailMediumWebpKey(k)) : java.util.List.of(detailKey(k), gridKey(k));
        }
        if (m.getState() == MediaState.PROCESSING) {
            return java.util.List.of(uploadKey(m.getStorageKey()));
        }
        return m.hasPoster() ? java.util.List.of(videoKey(m.getStorageKey(), m.getContentType()), posterKey(m.getStorageKey()))
                : java.util.List.of(videoKey(m.getStorageKey(), m.getContentType()));
    }

    /** The file a person gets back in an export: the full-size image, or the video. */
    public static String originalKey(Media m) {
        return storedKeys(m).get(0);
    }

    /** The picture a grid card shows: the image's grid rendition, or a processed video's poster. */
    public static String grid(Media m) {
        if (m.getKind() == MediaKind.IMAGE) {
            return PREFIX + gridKey(m.getStorageKey());
        }
        return poster(m);
    }

    public static String poster(Media m) {
        return m.hasPoster() ? PREFIX + posterKey(m.getStorageKey()) : null;
    }

    /** The image's detail rendition, or the video; null while a video is not ready to be served. */
    public static String detail(Media m) {
        if (m.getKind() == MediaKind.IMAGE) {
            return PREFIX + detailKey(m.getStorageKey());
        }
        return m.getState() == MediaState.READY ? PREFIX + videoKey(m.getStorageKey(), m.getContentType()) : null;
    }
}
