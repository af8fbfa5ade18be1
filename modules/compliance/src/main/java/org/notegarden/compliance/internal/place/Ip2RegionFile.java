package org.notegarden.compliance.internal.place;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reader for ip2region's classic ".db" file (the npm package ip2region 2.x, Apache-2.0 data by
 * lionsoul2014): an 8-byte super block pointing at a sorted index of 12-byte entries
 * (start IP, end IP, data pointer whose top byte is the record length), each record being a
 * 4-byte city id and "country|area|province|city|ISP". Read once, entry by entry, into
 * {@link ProvinceRanges}; the file's bytes are not kept.
 */
final class Ip2RegionFile {
    private static final int ENTRY = 12;

    private final ByteBuffer data;
    private final int firstIndex;
    private final int entries;

    Ip2RegionFile(byte[] bytes) {
        this.data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        this.firstIndex = data.getInt(0);
        int lastIndex = data.getInt(4);
        if (firstIndex <= 0 || lastIndex < firstIndex || lastIndex + ENTRY > bytes.length) {
            throw new IllegalArgumentException("not an ip2region .db file");
        }
        this.entries = (lastIndex - firstIndex) / ENTRY + 1;
    }

    /** Receives each entry of the index: its first and last address and where its record is. */
    interface EntrySink {
        void accept(long start, long end, int record);
    }

    /** Every entry, in the index's (ascending) order. Entries share records: a city and ISP's text is stored once. */
    void forEachEntry(EntrySink sink) {
        for (int i = 0; i < entries; i++) {
            int at = firstIndex + i * ENTRY;
            sink.accept(Integer.toUnsignedLong(data.getInt(at)), Integer.toUnsignedLong(data.getInt(at + 4)), data.getInt(at + 8));
        }
    }

    /** The text of the record an entry points at, e.g. "中国|0|广东省|广州市|电信"; "" for none. */
    String record(int pointer) {
        int offset = pointer & 0x00ffffff;
        int length = (pointer >>> 24) & 0xff;
        return length <= 4 ? "" : new String(data.array(), offset + 4, length - 4, StandardCharsets.UTF_8);
    }
}
