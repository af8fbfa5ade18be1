package org.notegarden.community.internal.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.notegarden.community.api.MediaLookup;
import org.notegarden.community.internal.kept.KeptBriefly;

/**
 * Community's media, offered to sibling modules through the platform's port. What is found is
 * kept for a few seconds, as note pages keep their pictures ({@code note.MediaViewCache}): a
 * note page with a product read the product's picture row every time (6.6 % of its CPU,
 * async-profiler, 2026-12-06). A change on this node is seen at once, another node's within
 * {@link #FRESH_FOR}; a medium's owner and kind never change.
 */
@ApplicationScoped
public class JpaMediaLookup implements MediaLookup {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final KeptBriefly<MediaRef> kept = new KeptBriefly<>(FRESH_FOR, 20_000);
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
        return Optional.ofNullable(kept.get(List.of(mediaId), ids -> media.byIds(ids).values().stream()
                .collect(Collectors.toMap(Media::getId, JpaMediaLookup::ref))).get(mediaId));
    }

    private static MediaRef ref(Media x) {
        return new MediaRef(x.getId(), x.getOwnerId(), x.getKind() == MediaKind.IMAGE, MediaUrls.detail(x), MediaUrls.grid(x));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaChanged change) {
        kept.forget(change.mediaId());
    }
}
