package org.notegarden.compliance.internal.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash (Charikar) over character trigrams of the normalised text, which works the same
 * for Chinese (no spaces) and English. Near-identical texts differ in a few bits; the four 16-bit
 * bands let the database find candidates within 3 bits by equality (pigeonhole: 3 differing
 * bits leave at least one band untouched).
 */
final class SimHash {
    static final int MAX_DISTANCE = 3;

    private SimHash() {
    }

    static long of(String text) {
        List<String> grams = trigrams(text);
        int[] votes = new int[64];
        for (String g : grams) {
            long h = hash64(g);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long out = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                out |= 1L << bit;
            }
        }
        return out;
    }

    /** Texts too short to fingerprint meaningfully ("nice!", "好看") are not compared. */
    static boolean worthComparing(String text) {
        return trigrams(text).size() >= 12;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static int band(long hash, int i) {
        return (int) ((hash >>> (16 * i)) & 0xffff);
    }

    private static List<String> trigrams(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}\\p{S}]+", "");
        List<String> out = new ArrayList<>();
        int[] cps = t.codePoints().toArray();
        for (int i = 0; i + 3 <= cps.length; i++) {
            out.add(new String(cps, i, 3));
        }
        return out;
    }

    private static long hash64(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xffL);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
