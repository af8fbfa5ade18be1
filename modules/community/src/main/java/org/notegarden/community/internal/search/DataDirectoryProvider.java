package org.notegarden.community.internal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockFactory;
import org.apache.lucene.store.NativeFSLockFactory;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryCreationContext;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryHolder;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryProvider;
import org.notegarden.platform.api.DataDirectory;

/**
 * Keeps the embedded Lucene indexes under the operator's data folder
 * ({@code notegarden.data.dir}/index/&lt;index&gt;), next to the H2 database and the media, so
 * one setting moves all of the node's state. Hibernate's own settings are read before
 * MicroProfile Config could reach them, hence this small provider (referenced as {@code class:…}).
 */
public class DataDirectoryProvider implements DirectoryProvider {
    @Override
    public DirectoryHolder createDirectoryHolder(DirectoryCreationContext context) {
        Path path = root().resolve(context.indexName() + context.shardId().map(s -> "-" + s).orElse(""));
        LockFactory locks = context.createConfiguredLockFactorySupplier().map(s -> s.get()).orElse(NativeFSLockFactory.INSTANCE);
        return new DirectoryHolder() {
            private Directory directory;

            @Override
            public void start() throws IOException {
                Files.createDirectories(path);
                directory = FSDirectory.open(path, locks);
            }

            @Override
            public void close() throws IOException {
                if (directory != null) {
                    directory.close();
                }
            }

            @Override
            public Directory get() {
                return directory;
            }
        };
    }

    static Path root() {
        return DataDirectory.resolve("index");
    }
}
