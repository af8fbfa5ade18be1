package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.notegarden.community.api.MediaLookup;

/** Community's media, offered to sibling modules through the platform's port. */
@ApplicationScoped
public class JpaMediaLookup implements MediaLookup {
    MediaRepository media;

    @Inject
    public JpaMediaLookup(MediaRepository media) {
        this.media = media;
    }

    /** For the CDI container's proxy only. */
    protected JpaMediaLookup() {
    }

    @Override
    public Optional<MediaRef> find(long mediaId) {
        return media.byId(mediaId).map(x -> new MediaRef(x.getId(), x.getOwnerId(), x.getKind() == MediaKind.IMAGE,
                MediaUrls.detail(x), MediaUrls.grid(x)));
    }
}
