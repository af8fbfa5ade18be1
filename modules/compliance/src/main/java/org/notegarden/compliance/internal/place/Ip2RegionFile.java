package org.notegarden.compliance.internal.place;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reader for ip2region's classic ".db" file (the npm package ip2region 2.x, Apache-2.0 data by
 * lionsoul2014): an 8-byte super block pointing at a sorted index of 12-byte entries
 * (start IP, end IP, data pointer whose top byte is the record length), each record being a
 * 4-byte city id and "country|area|province|city|ISP". Held in memory and searched by bisection;
 * only the province is ever used.
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

    /** The record for an IPv4 address, e.g. "中国|0|广东省|广州市|电信". */
    Optional<String> record(long ipv4) {
        int lo = 0;
        int hi = entries - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = firstIndex + mid * ENTRY;
            long start = Integer.toUnsignedLong(data.getInt(at));
            long end = Integer.toUnsignedLong(data.getInt(at + 4));
            if (ipv4 < start) {
                hi = mid - 1;
            } else if (ipv4 > end) {
                lo = mid + 1;
            } else {
                int pointer = data.getInt(at + 8);
                int offset = pointer & 0x00ffffff;
                int length = (pointer >>> 24) & 0xff;
                if (length <= 4) {
                    return Optional.empty();
                }
                byte[] text = new byte[length - 4];
                data.get(offset + 4, text);
                return Optional.of(new String(text, StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** The province field of the record ("广东省"), when the record is Chinese. */
    Optional<String> chineseProvince(long ipv4) {
        return record(ipv4).map(r -> r.split("\\|", -1)).filter(f -> f.length >= 3 && "中国".equals(f[0]))
                .map(f -> f[2]);
    }
}
