package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaUrlsTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private static Media image(int width, boolean webp) {
        Media m = new Media(1, MediaKind.IMAGE, "image/jpeg", width, width * 4 / 3, 1000, KEY, Instant.EPOCH);
        m.variants(webp, "#aabbcc");
        return m;
    }

    @Test
    void webpWidthsAreOfferedAsTheyWereMadeNeverWiderThanThePicture() {
        String p = MediaUrls.PREFIX + KEY;
        assertEquals(p + "-grid270.webp 270w, " + p + "-grid.webp 540w", MediaUrls.gridSrcset(image(3000, true)));
        assertEquals(p + "-detail828.webp 828w, " + p + "-detail.webp 1242w", MediaUrls.detailSrcset(image(3000, true)));
        assertEquals(p + "-grid270.webp 270w, " + p + "-grid.webp 400w", MediaUrls.gridSrcset(image(400, true)));
        assertEquals(p + "-grid.webp 200w", MediaUrls.gridSrcset(image(200, true)), "one size when both are the picture's own");
        assertNull(MediaUrls.gridSrcset(image(3000, false)));
    }

    @Test
    void everyStoredFileIsListedForExportAndErasure() {
        assertEquals(List.of(KEY + "-detail.jpg", KEY + "-grid.jpg", KEY + "-grid.webp", KEY + "-grid270.webp", KEY + "-detail.webp",
                KEY + "-detail828.webp"), MediaUrls.storedKeys(image(3000, true)));
        Media video = new Media(1, MediaKind.VIDEO, "video/mp4", 640, 360, 1000, KEY, Instant.EPOCH);
        video.startProcessing();
        assertEquals(List.of(KEY + "-upload.bin"), MediaUrls.storedKeys(video));
        assertNull(MediaUrls.detail(video), "nothing to play while processing");
        video.processed(640, 360, 900, 2000);
        assertEquals(List.of(KEY + ".mp4", KEY + "-poster.jpg"), MediaUrls.storedKeys(video));
        assertEquals(MediaUrls.PREFIX + KEY + "-poster.jpg", MediaUrls.grid(video));
    }
}
