package org.notegarden.community.internal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/**
 * Media on the local file system, under {@code <notegarden.data.dir>/media}. Keys are spread
 * over two levels of folders by their first characters so no folder grows huge. Writes go to
 * a temporary file first and are moved into place, so a crash never leaves half an object.
 * The default store ({@link MediaStores} picks it).
 */
public final class LocalDiskMediaStore implements MediaStore {
    private final String dataDir;

    public LocalDiskMediaStore(String dataDir) {
        this.dataDir = dataDir;
    }

    private Path root() throws IOException {
        Path root = Path.of(dataDir, "media");
        Files.createDirectories(root);
        return root;
    }

    Path pathOf(String key) throws IOException {
        MediaKeys.check(key);
        return root().resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    @Override
    public void put(String key, Path file) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        try {
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public OptionalLong size(String key) throws IOException {
        Path p = pathOf(key);
        return Files.isRegularFile(p) ? OptionalLong.of(Files.size(p)) : OptionalLong.empty();
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(pathOf(key));
        channel.position(offset);
        InputStream in = Channels.newInputStream(channel);
        return new BoundedInputStream(in, length);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }
}
