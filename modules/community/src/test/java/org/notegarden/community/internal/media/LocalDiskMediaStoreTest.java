package org.notegarden.community.internal.media;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The media store contract on local disk (the embedded default). */
class LocalDiskMediaStoreTest extends MediaStoreContract {
    @TempDir
    Path data;

    @Override
    MediaStore store() {
        return new LocalDiskMediaStore(data.toString());
    }
}
