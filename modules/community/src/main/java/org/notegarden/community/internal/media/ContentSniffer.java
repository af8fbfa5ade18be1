package org.notegarden.community.internal.media;

import java.util.Optional;

/**
 * Tells what a file is from its first bytes, never from its name or the client's claim:
 * a renamed executable is refused however it is labelled.
 */
public final class ContentSniffer {
    /** A recognised format. */
    public enum Format {
        JPEG(MediaKind.IMAGE, "image/jpeg"),
        PNG(MediaKind.IMAGE, "image/png"),
        GIF(MediaKind.IMAGE, "image/gif"),
        WEBP(MediaKind.IMAGE, "image/webp"),
        MP4(MediaKind.VIDEO, "video/mp4"),
        WEBM(MediaKind.VIDEO, "video/webm");

        public final MediaKind kind;
        public final String contentType;

        Format(MediaKind kind, String contentType) {
            this.kind = kind;
            this.contentType = contentType;
        }
    }

    /** How many leading bytes {@link #sniff} needs. */
    public static final int HEADER_BYTES = 16;

    private ContentSniffer() {
    }

    public static Optional<Format> sniff(byte[] h) {
        if (h.length >= 3 && u(h[0]) == 0xFF && u(h[1]) == 0xD8 && u(h[2]) == 0xFF) {
            return Optional.of(Format.JPEG);
        }
        if (h.length >= 8 && u(h[0]) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G'
                && h[4] == 0x0D && h[5] == 0x0A && h[6] == 0x1A && h[7] == 0x0A) {
            return Optional.of(Format.PNG);
        }
        if (h.length >= 6 && h[0] == 'G' && h[1] == 'I' && h[2] == 'F' && h[3] == '8'
                && (h[4] == '7' || h[4] == '9') && h[5] == 'a') {
            return Optional.of(Format.GIF);
        }
        if (h.length >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F'
                && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P') {
            return Optional.of(Format.WEBP);
        }
        // ISO base media (MP4): a box size, then 'ftyp' at offset 4.
        if (h.length >= 12 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p') {
            return Optional.of(Format.MP4);
        }
        // Matroska/WebM: the EBML magic number.
        if (h.length >= 4 && u(h[0]) == 0x1A && u(h[1]) == 0x45 && u(h[2]) == 0xDF && u(h[3]) == 0xA3) {
            return Optional.of(Format.WEBM);
        }
        return Optional.empty();
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
