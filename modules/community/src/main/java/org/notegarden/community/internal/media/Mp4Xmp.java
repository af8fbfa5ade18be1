package org.notegarden.community.internal.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Puts one XMP packet into an MP4 where the XMP specification (part 3) and every reader
 * (ExifTool, metadata-extractor, Adobe's tools) look for it: a top-level {@code uuid} box with
 * XMP's UUID. The box is appended after everything else, so no chunk offset in {@code moov}
 * moves and the {@code faststart} layout (moov before mdat) stays as the transcoder made it.
 * A label written earlier by this class is the file's last box and is replaced; none is removed
 * from anywhere else, because that would shift the media data under its offsets.
 */
final class Mp4Xmp {
    /** BE7ACFCB-97A9-42E8-9C71-999491E3AFAC, the UUID of XMP in ISO base media files. */
    private static final byte[] XMP_UUID = {(byte) 0xBE, 0x7A, (byte) 0xCF, (byte) 0xCB, (byte) 0x97, (byte) 0xA9, 0x42,
            (byte) 0xE8, (byte) 0x9C, 0x71, (byte) 0x99, (byte) 0x94, (byte) 0x91, (byte) 0xE3, (byte) 0xAF, (byte) 0xAC};

    private Mp4Xmp() {
    }

    /**
     * Rewrites {@code mp4} in place so that its only XMP is {@code xmp}, or none when null.
     * Throws when the file is not a plain sequence of MP4 boxes beginning with {@code ftyp}.
     */
    static void apply(Path mp4, String xmp) throws IOException {
        try (FileChannel file = FileChannel.open(mp4, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long keep = endOfMedia(file);
            file.truncate(keep);
            if (xmp != null) {
                byte[] packet = xmp.getBytes(StandardCharsets.UTF_8);
                ByteBuffer box = ByteBuffer.allocate(8 + XMP_UUID.length + packet.length);
                box.putInt(box.capacity()).put("uuid".getBytes(StandardCharsets.US_ASCII)).put(XMP_UUID).put(packet).flip();
                file.position(keep);
                while (box.hasRemaining()) {
                    file.write(box);
                }
            }
        }
    }

    /** Where the file ends without the trailing XMP boxes this class appends. */
    private static long endOfMedia(FileChannel file) throws IOException {
        long size = file.size();
        long offset = 0;
        long keep = 0;
        boolean first = true;
        boolean xmpSeen = false;
        while (offset < size) {
            ByteBuffer header = read(file, offset, 16);
            if (header.remaining() < 8) {
                throw new IOException("truncated box header at " + offset);
            }
            long boxSize = Integer.toUnsignedLong(header.getInt());
            String type = new String(new byte[] {header.get(), header.get(), header.get(), header.get()}, StandardCharsets.ISO_8859_1);
            if (first && !type.equals("ftyp")) {
                throw new IOException("not an MP4: the first box is " + type);
            }
            first = false;
            int headerLength = 8;
            if (boxSize == 1) {
                headerLength = 16;
                boxSize = header.remaining() >= 8 ? header.getLong() : -1;
            } else if (boxSize == 0) {
                throw new IOException("a box running to the end of the file, " + type + ", cannot be followed by another");
            }
            if (boxSize < 8 || offset + boxSize > size) {
                throw new IOException("box " + type + " at " + offset + " has an impossible size " + boxSize);
            }
            if (isXmp(file, offset + headerLength, type)) {
                xmpSeen = true;
            } else if (xmpSeen) {
                throw new IOException("an XMP box sits between media boxes, before " + type + " at " + offset);
            } else {
                keep = offset + boxSize;
            }
            offset += boxSize;
        }
        return keep;
    }

    private static boolean isXmp(FileChannel file, long afterHeader, String type) throws IOException {
        if (!type.equals("uuid")) {
            return false;
        }
        ByteBuffer uuid = read(file, afterHeader, XMP_UUID.length);
        byte[] bytes = new byte[uuid.remaining()];
        uuid.get(bytes);
        return Arrays.equals(bytes, XMP_UUID);
    }

    private static ByteBuffer read(FileChannel file, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, offset + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.flip();
    }
}
