package org.notegarden.community.internal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.media.MediaService;

/** Stores a generated demo picture as an upload of its owner, through the same checks as any upload. */
@ApplicationScoped
public class DemoUploads {
    @Inject
    MediaService media;

    public long upload(Account owner, byte[] png) {
        try {
            return media.upload(owner.getId(), new ByteArrayInputStream(png)).getId();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
