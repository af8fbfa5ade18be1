package org.notegarden.platform.api;

/**
 * Lengths as people count them: in code points, so that an emoji or a rare CJK character
 * counts as one character and not two UTF-16 units.
 */
public final class TextLength {
    private TextLength() {
    }

    public static int of(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
