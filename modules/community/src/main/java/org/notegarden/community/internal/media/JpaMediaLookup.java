package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.notegarden.community.api.MediaLookup;

/** Community's media, offered to sibling modules through the platform's port. */
@ApplicationScoped
public class JpaMediaLookup implements MediaLookup {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @Override
    public Optional<MediaRef> find(long mediaId) {
        Media m = em.find(Media.class, mediaId);
        return Optional.ofNullable(m).map(x -> new MediaRef(x.getId(), x.getOwnerId(), x.getKind() == MediaKind.IMAGE,
                MediaUrls.detail(x), MediaUrls.grid(x)));
    }
}
