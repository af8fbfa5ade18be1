package org.notegarden.i18n.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.Util;

/**
 * An immutable map from words to text held as a Lucene finite state transducer: keys that share a
 * beginning share its arcs, and values that share a beginning share their bytes, so CC-CEDICT's
 * 485,000 entries take about a third of what strings in hash maps did (the dictionary stays in
 * every server's heap). Keys are labelled by their UTF-8 bytes: labelled by code point or UTF-16
 * unit the same maps took 23 MB, since a Chinese character's one arc then carries a three-byte
 * label and nodes with thousands of arcs. A run of code points from a text being segmented is
 * looked up without building a string for it. A list is stored as its items joined by
 * {@link #SEPARATOR}, which no dictionary text contains.
 */
final class FrozenStringMap {
    static final char SEPARATOR = '\u001f';
    private static final ByteSequenceOutputs OUTPUTS = ByteSequenceOutputs.getSingleton();

    private final FST<BytesRef> fst;
    private final int size;

    private FrozenStringMap(FST<BytesRef> fst, int size) {
        this.fst = fst;
        this.size = size;
    }

    static FrozenStringMap of(Map<String, String> entries) {
        List<Map.Entry<BytesRef, String>> sorted = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> {
            if (v.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("a value holds the list separator: " + k);
            }
            sorted.add(Map.entry(new BytesRef(k), v));
        });
        return build(sorted);
    }

    static FrozenStringMap ofLists(Map<String, String[]> entries) {
        List<Map.Entry<BytesRef, String>> sorted = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> {
            for (String item : v) {
                if (item.indexOf(SEPARATOR) >= 0) {
                    throw new IllegalArgumentException("an item holds the list separator: " + k);
                }
            }
            sorted.add(Map.entry(new BytesRef(k), String.join(String.valueOf(SEPARATOR), v)));
        });
        return build(sorted);
    }

    private static FrozenStringMap build(List<Map.Entry<BytesRef, String>> entries) {
        // The compiler takes keys in order: UTF-8 byte order (code point order, which String.compareTo is not beyond the BMP).
        entries.sort(Map.Entry.comparingByKey());
        try {
            FSTCompiler<BytesRef> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, OUTPUTS).build();
            IntsRefBuilder key = new IntsRefBuilder();
            for (Map.Entry<BytesRef, String> e : entries) {
                compiler.add(Util.toIntsRef(e.getKey(), key), new BytesRef(e.getValue()));
            }
            FST.FSTMetadata<BytesRef> metadata = compiler.compile();
            return new FrozenStringMap(metadata == null ? null : FST.fromFSTReader(metadata, compiler.getFSTReader()), entries.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the compiler writes to memory only
        }
    }

    /** The value of a key, or null. */
    String get(String key) {
        BytesRef value = find(new BytesRef(key));
        return value == null ? null : value.utf8ToString();
    }

    /** The value of the key made of {@code length} code points of {@code text} from {@code from}, or null. */
    String get(int[] text, int from, int length) {
        BytesRef value = find(utf8(text, from, length));
        return value == null ? null : value.utf8ToString();
    }

    /** A list's items, or null. */
    String[] getList(String key) {
        BytesRef value = find(new BytesRef(key));
        if (value == null) {
            return null;
        }
        return value.length == 0 ? new String[0] : value.utf8ToString().split(String.valueOf(SEPARATOR), -1);
    }

    int size() {
        return size;
    }

    /** Heap the transducer holds. */
    long bytes() {
        return fst == null ? 0 : fst.ramBytesUsed();
    }

    private static BytesRef utf8(int[] codePoints, int from, int length) {
        byte[] out = new byte[length * 4];
        int n = 0;
        for (int i = from; i < from + length; i++) {
            int cp = codePoints[i];
            if (cp < 0x80) {
                out[n++] = (byte) cp;
            } else if (cp < 0x800) {
                out[n++] = (byte) (0xC0 | cp >> 6);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out[n++] = (byte) (0xE0 | cp >> 12);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        return new BytesRef(out, 0, n);
    }

    private BytesRef find(BytesRef key) {
        if (fst == null) {
            return null;
        }
        try {
            return Util.get(fst, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reads from memory only
        }
    }
}
