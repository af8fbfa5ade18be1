package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Media on the local file system, under {@code <notegarden.data.dir>/media}. Keys are spread
 * over two levels of folders by their first characters so no folder grows huge. Writes go to
 * a temporary file first and are moved into place, so a crash never leaves half an object.
 */
@ApplicationScoped
public class LocalDiskMediaStore implements MediaStore {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]{4,64}(-[a-z0-9]+)?\\.[a-z0-9]{2,5}");

    String dataDir;

    @Inject
    public LocalDiskMediaStore(@ConfigProperty(name = "notegarden.data.dir", defaultValue = "./data") String dataDir) {
        this.dataDir = dataDir;
    }

    /** For the CDI container's proxy only. */
    protected LocalDiskMediaStore() {
    }

    private Path root() throws IOException {
        Path root = Path.of(dataDir, "media");
        Files.createDirectories(root);
        return root;
    }

    Path pathOf(String key) throws IOException {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
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
