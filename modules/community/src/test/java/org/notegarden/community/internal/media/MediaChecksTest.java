package org.notegarden.community.internal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MediaChecksTest {
    @Test
    void sniffsByContentNotName() {
        assertEquals(ContentSniffer.Format.JPEG, ContentSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).orElseThrow());
        assertEquals(ContentSniffer.Format.PNG, ContentSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).orElseThrow());
        assertEquals(ContentSniffer.Format.GIF, ContentSniffer.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
        assertEquals(ContentSniffer.Format.WEBP, ContentSniffer.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
        assertEquals(ContentSniffer.Format.MP4, ContentSniffer.sniff(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}).orElseThrow());
        assertEquals(ContentSniffer.Format.WEBM, ContentSniffer.sniff(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}).orElseThrow());
        assertTrue(ContentSniffer.sniff("MZ executable".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(ContentSniffer.sniff(new byte[0]).isEmpty());
    }

    @Test
    void parsesByteRanges() {
        assertEquals(new ByteRange(0, 99), ByteRange.parse("bytes=0-99", 1000));
        assertEquals(new ByteRange(900, 999), ByteRange.parse("bytes=900-", 1000));
        assertEquals(new ByteRange(950, 999), ByteRange.parse("bytes=-50", 1000));
        assertEquals(new ByteRange(990, 999), ByteRange.parse("bytes=990-5000", 1000));
        assertEquals(ByteRange.UNSATISFIABLE, ByteRange.parse("bytes=1000-", 1000));
        assertEquals(ByteRange.UNSATISFIABLE, ByteRange.parse("bytes=50-10", 1000));
        assertNull(ByteRange.parse(null, 1000));
        assertNull(ByteRange.parse("bytes=0-1,5-6", 1000), "multiple ranges get the whole file");
        assertNull(ByteRange.parse("bytes=x-y", 1000));
        assertNull(ByteRange.parse("items=0-1", 1000));
    }
}
