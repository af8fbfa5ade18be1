package org.notegarden.community.internal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an upload's own metadata says a generative model made it: the IPTC Digital Source Type
 * "trainedAlgorithmicMedia" (or "compositeWithTrainedAlgorithmicMedia"), written as text in XMP
 * packets and also inside C2PA manifests' actions. Read from the original bytes before
 * re-encoding strips all metadata. It only ever adds a label; absent metadata proves nothing.
 */
final class GenerativeMetadata {
    private static final byte[] MARKER = "rainedAlgorithmicMedia".getBytes(StandardCharsets.US_ASCII);
    /** Metadata sits in the first blocks of images; videos may carry it at either end, so both are read. */
    private static final int WINDOW = 4 * 1024 * 1024;

    private GenerativeMetadata() {
    }

    static boolean saysGenerated(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            if (contains(in.readNBytes(WINDOW))) {
                return true;
            }
        }
        if (size > WINDOW) {
            try (var ch = Files.newByteChannel(file)) {
                ch.position(Math.max(WINDOW, size - WINDOW));
                java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(WINDOW, size - WINDOW));
                while (tail.hasRemaining() && ch.read(tail) > 0) {
                    // read the last window
                }
                return contains(java.util.Arrays.copyOf(tail.array(), tail.position()));
            }
        }
        return false;
    }

    /** Case-insensitive on the first letter only: XMP writes "trained…", vocabularies sometimes "Trained…". */
    static boolean contains(byte[] bytes) {
        outer:
        for (int i = 1; i + MARKER.length <= bytes.length; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (bytes[i + j] != MARKER[j]) {
                    continue outer;
                }
            }
            byte first = bytes[i - 1];
            if (first == 't' || first == 'T') {
                return true;
            }
        }
        return false;
    }
}
