package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.notegarden.community.internal.sql.EntitiesById;

/** Media rows by id (the files themselves are the {@link MediaStore}'s). */
@ApplicationScoped
public class MediaRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<MediaChanged> mediaChanged;

    public Optional<Media> byId(long mediaId) {
        return Optional.ofNullable(em.find(Media.class, mediaId));
    }

    void add(Media media) {
        em.persist(media);
    }

    /** The media among these ids that exist, by id. */
    Map<Long, Media> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return EntitiesById.load(em, Media.class, ids).stream().collect(Collectors.toMap(Media::getId, Function.identity()));
    }

    /** Notes which implicit label a medium's renditions now carry, in a transaction of its own (after the note's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordImplicitLabel(long mediaId, String stamp) {
        byId(mediaId).ifPresent(m -> {
            m.setImplicitLabel(stamp);
            m.dropWebp();
            mediaChanged.fire(new MediaChanged(mediaId));
        });
    }
}
