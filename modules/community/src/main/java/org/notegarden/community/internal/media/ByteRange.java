package org.notegarden.community.internal.media;

/**
 * One byte range from an HTTP {@code Range} header (RFC 9110 section 14.1.2). Multiple ranges are
 * answered with the whole file, which the RFC allows and browsers' video players never need.
 */
public record ByteRange(long first, long last) {
    /** Marker for a syntactically valid range that lies outside the file. */
    public static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    public long length() {
        return last - first + 1;
    }

    /** @return null for "send everything", {@link #UNSATISFIABLE}, or the range clipped to the file */
    public static ByteRange parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        String spec = header.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            if (a.isEmpty()) { // suffix range: the last N bytes
                long n = Long.parseLong(b);
                if (n <= 0) {
                    return UNSATISFIABLE;
                }
                return size == 0 ? UNSATISFIABLE : new ByteRange(Math.max(0, size - n), size - 1);
            }
            long first = Long.parseLong(a);
            long last = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            if (first >= size || first > last) {
                return UNSATISFIABLE;
            }
            return new ByteRange(first, last);
        } catch (NumberFormatException e) {
            return null; // an unparseable Range header is ignored, as the RFC says
        }
    }
}
