package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.notegarden.platform.api.DataDirectory;

/**
 * The one {@link MediaStore} of this node, chosen by {@code notegarden.media.store}:
 * {@code local} (the default: files under {@code notegarden.data.dir}, one node) or {@code s3}
 * (a bucket every node of a cluster shares; {@link S3Settings} says how it is reached).
 */
@ApplicationScoped
public class MediaStores {
    private static final Logger LOG = Logger.getLogger(MediaStores.class.getName());

    @Produces
    @ApplicationScoped
    MediaStore mediaStore() {
        Config config = ConfigProvider.getConfig();
        String kind = config.getOptionalValue("notegarden.media.store", String.class).orElse("local").strip();
        switch (kind) {
            case "local":
                return new LocalDiskMediaStore(DataDirectory.configured());
            case "s3":
                S3Settings s3 = S3Settings.from(config);
                LOG.info(() -> "Media are stored in " + s3.describe());
                return new S3MediaStore(s3.client(), s3.bucket());
            default:
                throw new IllegalStateException("notegarden.media.store must be local or s3, not " + kind);
        }
    }

    void close(@Disposes MediaStore store) {
        if (store instanceof S3MediaStore s3) {
            s3.close();
        }
    }
}
