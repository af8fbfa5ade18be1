package org.notegarden.compliance.internal.place;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * China's provinces by IPv4 address, read out of ip2region's file: where each run of addresses
 * of one province starts (an unsigned int) and the province (its ordinal, or {@link #NONE} for
 * addresses outside China or without a province). The file's 680,000 entries make about 32,000
 * runs: 160 KB, where keeping the 8.7 MB file to search it took that much of every server's heap
 * and split a record's text on every look-up.
 */
final class ProvinceRanges {
    private static final byte NONE = -1;
    private static final ChinaProvince[] PROVINCES = ChinaProvince.values();

    private int[] starts = new int[1024];
    private byte[] provinces = new byte[1024];
    private int size;
    private long end = -1;

    static ProvinceRanges of(Ip2RegionFile file) {
        ProvinceRanges r = new ProvinceRanges();
        // Entries share records (680,000 entries, far fewer records): each record is read once.
        Map<Integer, Byte> provinceOfRecord = new HashMap<>();
        file.forEachEntry((start, end, record) -> r.add(start, end,
                provinceOfRecord.computeIfAbsent(record, p -> provinceOf(file.record(p)))));
        r.starts = Arrays.copyOf(r.starts, r.size);
        r.provinces = Arrays.copyOf(r.provinces, r.size);
        return r;
    }

    /** Entries come in ascending order, as the file's index keeps them. */
    private void add(long start, long last, byte province) {
        if (start > end + 1) {
            append(end + 1, NONE); // a gap in the file: no province
        }
        if (size == 0 || provinces[size - 1] != province) {
            append(start, province);
        }
        end = Math.max(end, last);
    }

    /** The province of "中国|0|广东省|广州市|电信"; NONE for another country or "0" (unknown). */
    private static byte provinceOf(String record) {
        String[] fields = record.split("\\|", -1);
        if (fields.length < 3 || !"中国".equals(fields[0])) {
            return NONE;
        }
        return ChinaProvince.ofIp2RegionName(fields[2]).map(p -> (byte) p.ordinal()).orElse(NONE);
    }

    private void append(long start, byte province) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            provinces = Arrays.copyOf(provinces, size * 2);
        }
        starts[size] = (int) start;
        provinces[size++] = province;
    }

    Optional<ChinaProvince> of(long ipv4) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ipv4 >= Integer.toUnsignedLong(starts[mid])) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 || provinces[found] == NONE || ipv4 > end ? Optional.empty() : Optional.of(PROVINCES[provinces[found]]);
    }

    /** Bytes held by the arrays. */
    long bytes() {
        return starts.length * 4L + provinces.length;
    }

    int size() {
        return size;
    }
}
