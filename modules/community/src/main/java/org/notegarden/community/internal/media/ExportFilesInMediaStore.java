package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.notegarden.compliance.api.ExportFiles;

/**
 * Data exports kept in the media store (local disk or the S3 bucket, whichever is configured), so
 * every node finds an export another node built. They are named like media, by 128 random bits,
 * but end in {@code .zip}, which the public media endpoint never serves: only compliance's
 * owner-checked download reads them.
 */
@ApplicationScoped
public class ExportFilesInMediaStore implements ExportFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    MediaStore store;

    @Inject
    public ExportFilesInMediaStore(MediaStore store) {
        this.store = store;
    }

    /** For the CDI container's proxy only. */
    protected ExportFilesInMediaStore() {
    }

    @Override
    public String keep(Path zip) throws IOException {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String name = HexFormat.of().formatHex(random) + ".zip";
        store.put(name, zip);
        return name;
    }

    @Override
    public Optional<Kept> find(String name) throws IOException {
        if (name == null || !name.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            MediaKeys.check(name);
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
        OptionalLong size = store.size(name);
        if (size.isEmpty()) {
            return Optional.empty();
        }
        long bytes = size.getAsLong();
        return Optional.of(new Kept() {
            @Override
            public long size() {
                return bytes;
            }

            @Override
            public InputStream open() throws IOException {
                return store.open(name, 0, bytes);
            }
        });
    }
}
