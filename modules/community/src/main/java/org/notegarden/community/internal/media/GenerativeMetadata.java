package org.notegarden.community.internal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * Traces known generators leave without the standard label: Stable Diffusion web UIs' and
     * ComfyUI's PNG text chunks ("parameters", "prompt", "workflow" keywords right after a tEXt
     * or iTXt type), and generator names in EXIF/XMP software fields. They make a medium
     * "suspected", never "generated": a trace is not a declaration.
     */
    private static final List<byte[]> GENERATOR_TRACES = Stream.of("tEXtparameters", "iTXtparameters", "tEXtprompt",
            "tEXtworkflow", "Midjourney", "DALL-E", "DALL\u00b7E", "Stable Diffusion", "NovelAI", "Adobe Firefly")
            .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();

    /** Whether the first window of the file bears a known generator's trace (see {@link #GENERATOR_TRACES}). */
    static boolean bearsGeneratorTraces(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(WINDOW);
        }
        return GENERATOR_TRACES.stream().anyMatch(t -> indexOf(head, t) >= 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
